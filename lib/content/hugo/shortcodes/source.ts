import type { BodyProblem } from '../../problems';
import { fencedCodeRanges, findShortcodeTags, pairShortcodes, type ShortcodeCall, type ShortcodeTag } from './parse';
import { highlightOptionsToMeta, renderShortcode, SOURCE_SHORTCODES, type CustomShortcodes, type LinkTexts, type ShortcodeRendering } from './render';

/**
 * Why shortcodes are handled in the source text, before any parser sees it: in `.mdx`, `{{` opens
 * a JavaScript expression, so `{{< figure >}}` is a syntax error (or, with next-mdx-remote's
 * blockJS, silently deleted) long before a remark plugin could look at it. So every shortcode
 * tag is replaced here by a placeholder both parsers read as plain text, a private-use
 * character pair around a number (`\uE000` 3 `o` `\uE001`), and the remark plugin
 * (`remarkHugoShortcodes`) turns placeholders into the site's nodes. A tag alone on its line
 * becomes a paragraph of its own (blank lines around it, with the line's indentation or `>`
 * prefix so lists and quotes continue), which inserts lines: `originalLine` maps each line of
 * the prepared text back to the author's body, so every problem still points at their line.
 * `highlight` becomes a code fence right here, since its inner text is code.
 */

export const PLACEHOLDER_START = '\uE000';
export const PLACEHOLDER_END = '\uE001';
export const PLACEHOLDER = /\uE000(\d+)([osc])\uE001/g;

export type PlaceholderRole = 'o' | 's' | 'c';

export interface PlacedShortcode {
  call: ShortcodeCall;
  rendering: ShortcodeRendering;
}

export interface PreparedSource {
  text: string;
  /** 1-based line of the prepared text → 1-based line of the original body. */
  originalLine: (line: number) => number;
  /**
   * Offset in the prepared text → offset in the original body. `verbatim` when the character
   * was copied from the body unchanged; text written here (a placeholder, a code fence) maps
   * to the start of what it replaced, and is never verbatim, so no fix may edit it.
   */
  originalOffset: (offset: number) => { offset: number; verbatim: boolean };
  shortcodes: PlacedShortcode[];
  /** Problems found here, already at body lines. */
  problems: BodyProblem[];
}

export interface PrepareOptions {
  format: 'md' | 'mdx';
  /** Resolved `ref`/`relref` targets (from the loader). */
  refs: Readonly<Record<string, string>>;
  custom: CustomShortcodes;
  texts: LinkTexts;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function prepareHugoSource(body: string, options: PrepareOptions): PreparedSource {
  const problems: BodyProblem[] = [];
  const shortcodes: PlacedShortcode[] = [];
  const edits: Edit[] = [];
  const tags = findShortcodeTags(body);
  const calls = pairShortcodes(body, tags);
  const rawRanges: Array<[number, number]> = calls
    .filter((call) => call.name === 'highlight' && call.close)
    .map((call) => [call.open.start, call.close!.end]);

  for (const tag of tags) {
    if (tag.escaped && !rawRanges.some(([from, to]) => tag.start >= from && tag.start < to)) {
      edits.push({ start: tag.start, end: tag.end, text: tag.inCodeSpan ? unescape(tag.raw) : literal(unescape(tag.raw), options.format) });
    }
  }

  for (const call of calls) {
    const at = { line: call.open.line, column: call.open.column };
    if (call.name === 'highlight') {
      if (!call.close) {
        problems.push({ ...at, reason: 'Hugo shortcode `highlight` has no closing `{{< /highlight >}}`', fix: 'close it after the code, or write a code fence: ```go' });
        edits.push({ start: call.open.start, end: call.open.end, text: '' });
      } else edits.push({ start: call.open.start, end: call.close.end, text: codeFence(body, call) });
      continue;
    }
    if (SOURCE_SHORTCODES.has(call.name)) continue;
    // A missing ref target was reported by the loader, which knows every article.
    const target = call.name === 'ref' || call.name === 'relref' ? refTarget(call) : undefined;
    const rendering: ShortcodeRendering =
      call.name === 'ref' || call.name === 'relref'
        ? { kind: 'text', text: (target && options.refs[target]) || '#' }
        : renderShortcode(call, options.custom, options.texts, (problem) => problems.push({ ...at, ...problem }));
    const index = shortcodes.push({ call, rendering }) - 1;
    if (call.close) {
      // Opening a line and closing one, the pair holds blocks even when text shares a line with
      // a tag (`متن.{{< /alert >}}`, common in Hugo sites): inline, the box was lost.
      const block = /^[ \t>]*$/.test(lineAround(body, call.open).before) && lineAround(body, call.close).after.trim() === '';
      edits.push({ start: call.open.start, end: call.open.end, text: placeholderFor(body, call.open, index, 'o', block) });
      edits.push({ start: call.close.start, end: call.close.end, text: placeholderFor(body, call.close, index, 'c', block) });
    } else edits.push({ start: call.open.start, end: call.open.end, text: placeholderFor(body, call.open, index, 's') });
  }

  edits.push(...fenceAttributeEdits(body));
  if (options.format === 'mdx') edits.push(...mdxHeadingAttributeEdits(body, problems));

  return { ...applyEdits(body, edits), shortcodes, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** The article a `ref`/`relref` names, as written: `{{< ref "x.md" >}}` or `{{< ref path="x.md" >}}`. */
export function refTarget(call: ShortcodeCall): string | undefined {
  return call.args.named.path ?? call.args.positional[0];
}

/** The text before and after a tag on its line. */
function lineAround(body: string, tag: ShortcodeTag): { before: string; after: string } {
  const lineStart = body.lastIndexOf('\n', tag.start - 1) + 1;
  const lineEndIndex = body.indexOf('\n', tag.end);
  return { before: body.slice(lineStart, tag.start), after: body.slice(tag.end, lineEndIndex < 0 ? body.length : lineEndIndex) };
}

function placeholderFor(body: string, tag: ShortcodeTag, index: number, role: PlaceholderRole, block = false): string {
  const placeholder = `${PLACEHOLDER_START}${index}${role}${PLACEHOLDER_END}`;
  const { before: prefix, after: suffix } = lineAround(body, tag);
  // Alone on its line: a paragraph of its own, inside the same list item or quote.
  if (/^[ \t>]*$/.test(prefix) && suffix.trim() === '') return `\n${prefix}${placeholder}\n${prefix}`;
  // A block's tag sharing its line with text: a paragraph of its own all the same, the text
  // after an opening tag or before a closing one a paragraph of its own inside the block.
  const indent = /^[ \t>]*/.exec(prefix)![0];
  if (block && role === 'o') return `\n${prefix}${placeholder}\n${prefix}\n${prefix}`;
  if (block && role === 'c') return `\n${indent}\n${indent}${placeholder}\n${indent}`;
  return placeholder;
}

function codeFence(body: string, call: ShortcodeCall): string {
  const code = call.inner!.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '');
  const language = call.args.named.lang ?? call.args.positional[0] ?? '';
  const meta = highlightOptionsToMeta(call.args.named.options ?? call.args.positional[1] ?? '');
  const longestRun = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const lineStart = body.lastIndexOf('\n', call.open.start - 1) + 1;
  const alone = body.slice(lineStart, call.open.start).trim() === '';
  // Shortcodes shown in the code are Hugo's escaped form; in the code they read as written.
  const shown = code.replace(/\{\{([<%])\/\*\s*([\s\S]*?)\s*\*\/([>%])\}\}/g, '{{$1 $2 $3}}');
  return `${alone ? '' : '\n\n'}${fence}${language}${meta ? ` ${meta}` : ''}\n${shown}\n${fence}`;
}

/** Hugo code fence attributes, ```` ```go {linenos=table,hl_lines=[2]} ````, as rehype-pretty-code meta. */
function fenceAttributeEdits(body: string): Edit[] {
  const edits: Edit[] = [];
  for (const [start] of fencedCodeRanges(body)) {
    const lineEnd = body.indexOf('\n', start);
    const line = body.slice(start, lineEnd < 0 ? body.length : lineEnd);
    const match = /\{([^{}]*=[^{}]*)\}\s*$/.exec(line);
    if (!match) continue;
    edits.push({ start: start + match.index, end: start + line.length, text: highlightOptionsToMeta(match[1]!) });
  }
  return edits;
}

const HEADING_ATTRIBUTES = /^(#{1,6}[ \t].*?)([ \t]*\{[ \t]*[#.][^{}]*\})[ \t]*$/;

/**
 * In `.mdx`, `{#id}` after a heading is a JavaScript expression, never an id: reported with its
 * line, and removed so the rest of the article is still checked.
 */
function mdxHeadingAttributeEdits(body: string, problems: BodyProblem[]): Edit[] {
  const edits: Edit[] = [];
  const fences = fencedCodeRanges(body);
  let offset = 0;
  body.split('\n').forEach((line, index) => {
    const match = HEADING_ATTRIBUTES.exec(line);
    if (match && !fences.some(([from, to]) => offset >= from && offset < to)) {
      const attribute = match[2]!.trim();
      problems.push({
        line: index + 1,
        column: match[1]!.length + 1,
        reason: `Hugo heading attribute «${attribute}» does not work in .mdx, where \`{\` starts a JavaScript expression`,
        fix: `rename the file to .md, where \`${attribute}\` sets the heading's anchor, or remove it (the anchor then comes from the heading text)`,
      });
      edits.push({ start: offset + match[1]!.length, end: offset + line.length, text: '' });
    }
    offset += line.length + 1;
  });
  return edits;
}

function unescape(raw: string): string {
  return raw.replace(/^\{\{([<%])\/\*\s*/, '{{$1 ').replace(/\s*\*\/([>%])\}\}$/, ' $1}}');
}

/** Text that both parsers show as written: in `.mdx`, braces and `<` are escaped. */
function literal(text: string, format: 'md' | 'mdx'): string {
  return format === 'mdx' ? text.replace(/[{}<>]/g, (char) => `\\${char}`) : text;
}

/** A run of the prepared text: `[from, to)` copied from the body at `bodyFrom`, or written in place of the body's `[bodyFrom, …)`. */
interface Segment {
  from: number;
  to: number;
  bodyFrom: number;
  verbatim: boolean;
}

function applyEdits(body: string, edits: Edit[]): Pick<PreparedSource, 'text' | 'originalLine' | 'originalOffset'> {
  const sorted = edits.sort((a, b) => a.start - b.start);
  let text = '';
  const segments: Segment[] = [];
  // lineOrigins[i] = body line of prepared line i + 1.
  const lineOrigins: number[] = [1];
  let cursor = 0;
  let bodyLine = 1;
  const copy = (until: number) => {
    for (let i = cursor; i < until; i++) {
      if (body[i] === '\n') {
        bodyLine++;
        lineOrigins.push(bodyLine);
      }
    }
    if (until > cursor) segments.push({ from: text.length, to: text.length + until - cursor, bodyFrom: cursor, verbatim: true });
    text += body.slice(cursor, until);
    cursor = until;
  };
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    copy(edit.start);
    const anchor = bodyLine;
    for (const char of edit.text) if (char === '\n') lineOrigins.push(anchor);
    if (edit.text !== '') segments.push({ from: text.length, to: text.length + edit.text.length, bodyFrom: edit.start, verbatim: false });
    text += edit.text;
    // Lines the edit removes (a highlight block) are skipped in the body count.
    for (let i = edit.start; i < edit.end; i++) if (body[i] === '\n') bodyLine++;
    cursor = edit.end;
  }
  copy(body.length);
  const originalOffset = (offset: number) => {
    // Binary search: the segment holding `offset`; past the end is the end of the body.
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = segments[middle]!;
      if (offset < segment.from) high = middle - 1;
      else if (offset >= segment.to) low = middle + 1;
      else return { offset: segment.verbatim ? segment.bodyFrom + offset - segment.from : segment.bodyFrom, verbatim: segment.verbatim };
    }
    return { offset: body.length, verbatim: offset === text.length };
  };
  return { text, originalLine: (line) => lineOrigins[Math.min(Math.max(line, 1), lineOrigins.length) - 1]!, originalOffset };
}
