/**
 * Finds Hugo shortcodes in an article body: `{{< name args >}}`, `{{% name args %}}`, their
 * closing tags `{{< /name >}}`, and the escaped form (`/*` and `*\/` just inside the braces) that
 * Hugo prints as text. Code fences and code spans are skipped: a shortcode shown inside one is an
 * example, not a call, and reads as written.
 */

export interface ShortcodeArgs {
  positional: string[];
  named: Record<string, string>;
}

export interface ShortcodeTag {
  name: string;
  /** `{{< /name >}}` */
  closing: boolean;
  /** `{{< name />}}`: explicitly self-closing. */
  selfClosed: boolean;
  /** Written with `/*` … `*\/` inside the braces: printed as `{{< name >}}`, never called. */
  escaped: boolean;
  /** Inside an inline code span (only escaped tags are kept there). */
  inCodeSpan?: boolean;
  args: ShortcodeArgs;
  /** Offsets in the text: `[start, end)`. */
  start: number;
  end: number;
  /** 1-based position in the text. */
  line: number;
  column: number;
  raw: string;
}

/** One use of a shortcode: a self-closing tag, or an opening tag with its closing tag. */
export interface ShortcodeCall {
  name: string;
  args: ShortcodeArgs;
  open: ShortcodeTag;
  close?: ShortcodeTag;
  /** Text between the tags of a paired shortcode. */
  inner?: string;
}

// `(?:"…"|`…`|[^"`])*?` lets a quoted argument hold `>}}` without ending the tag.
const TAG =
  /\{\{([<%])(\/\*)?\s*(\/)?\s*([A-Za-z0-9_][\w./-]*)((?:"(?:[^"\\]|\\.)*"|`[^`]*`|[^"`])*?)\s*(\/)?\s*(\*\/)?([>%])\}\}/g;

/** Hugo's shortcodes whose inner text is code, never Markdown or other shortcodes. */
const RAW_INNER = new Set(['highlight']);

export function findShortcodeTags(text: string): ShortcodeTag[] {
  // Code inside `highlight` may hold a ``` line of its own, which must not open a fence.
  const scanned = text.replace(/(\{\{[<%]\s*highlight\b[\s\S]*?[>%]\}\})([\s\S]*?)(\{\{[<%]\s*\/\s*highlight\s*[>%]\}\})/g, (_match, open: string, inner: string, close: string) => open + inner.replace(/[^\n]/g, ' ') + close);
  const fences = fencedCodeRanges(scanned);
  const spans = codeSpanRanges(scanned, fences);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const tags: ShortcodeTag[] = [];
  for (const match of text.matchAll(TAG)) {
    const [raw, open, escapeOpen, slash, name, rawArgs, selfSlash, escapeClose, close] = match;
    const start = match.index;
    if ((open === '<') !== (close === '>')) continue;
    if (fences.some(([from, to]) => start >= from && start < to)) continue;
    const inCodeSpan = spans.some(([from, to]) => start >= from && start < to);
    // In a code span a call is an example shown as written; an escaped tag still prints unescaped, as in Hugo.
    if (inCodeSpan && !(escapeOpen && escapeClose)) continue;
    const lineIndex = lastIndexAtMost(lineStarts, start);
    tags.push({
      name: name!,
      closing: slash === '/',
      selfClosed: selfSlash === '/',
      escaped: escapeOpen !== undefined && escapeClose !== undefined,
      ...(inCodeSpan ? { inCodeSpan } : {}),
      args: parseArgs(rawArgs ?? ''),
      start,
      end: start + raw.length,
      line: lineIndex + 1,
      column: start - lineStarts[lineIndex]! + 1,
      raw,
    });
  }
  return tags;
}

/** Pairs opening and closing tags; an opening tag without a closing one is self-closing. */
export function pairShortcodes(text: string, tags: readonly ShortcodeTag[]): ShortcodeCall[] {
  const calls: ShortcodeCall[] = [];
  const open: ShortcodeCall[] = [];
  let rawUntil = -1;
  for (const tag of tags) {
    if (tag.escaped || tag.start < rawUntil) continue;
    if (tag.closing) {
      const index = open.findLastIndex((call) => call.name === tag.name);
      if (index < 0) continue;
      const [call] = open.splice(index, 1);
      call!.close = tag;
      call!.inner = text.slice(call!.open.end, tag.start);
      continue;
    }
    const call: ShortcodeCall = { name: tag.name, args: tag.args, open: tag };
    calls.push(call);
    if (tag.selfClosed) continue;
    if (RAW_INNER.has(tag.name)) {
      // Everything up to the closing tag is code: shortcodes in it are not calls.
      const close = tags.find((candidate) => candidate.start > tag.start && candidate.closing && candidate.name === tag.name && !candidate.escaped);
      if (close) {
        call.close = close;
        call.inner = text.slice(tag.end, close.start);
        rawUntil = close.end;
      }
      continue;
    }
    open.push(call);
  }
  return calls.sort((a, b) => a.open.start - b.open.start);
}

const ARG = /([A-Za-z_][\w-]*)=("(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+)|("(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+)/g;

export function parseArgs(text: string): ShortcodeArgs {
  const args: ShortcodeArgs = { positional: [], named: {} };
  for (const match of text.matchAll(ARG)) {
    if (match[1] !== undefined) args.named[match[1]] = unquote(match[2]!);
    else args.positional.push(unquote(match[3]!));
  }
  return args;
}

function unquote(value: string): string {
  if (value.startsWith('`') && value.endsWith('`') && value.length >= 2) return value.slice(1, -1);
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) return value.slice(1, -1).replace(/\\(["\\])/g, '$1');
  return value;
}

/** `[start, end)` offsets of fenced code blocks (``` or ~~~), where shortcodes are text. */
export function fencedCodeRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let offset = 0;
  let fence: { char: string; length: number; start: number } | undefined;
  for (const line of text.split('\n')) {
    const marker = /^[ \t>]*(`{3,}|~{3,})/.exec(line);
    if (!fence && marker) {
      fence = { char: marker[1]![0]!, length: marker[1]!.length, start: offset };
    } else if (fence && marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && line.slice(marker[0].length).trim() === '') {
      ranges.push([fence.start, offset + line.length]);
      fence = undefined;
    }
    offset += line.length + 1;
  }
  if (fence) ranges.push([fence.start, text.length]);
  return ranges;
}

/**
 * `[start, end)` offsets of inline code spans outside fences: a run of backticks up to the next
 * run of the same length, within one block (a blank line ends the search), as CommonMark reads them.
 * Backticks quoting a shortcode argument (`{{< x `raw` >}}`) are inside the tag, never before it.
 */
export function codeSpanRanges(text: string, fences: ReadonlyArray<[number, number]> = fencedCodeRanges(text)): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const runs = [...text.matchAll(/(?<!\\)`+/g)].filter((run) => !fences.some(([from, to]) => run.index >= from && run.index < to));
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    const blockEnd = text.slice(open.index).search(/\n[ \t>]*\n/);
    const limit = blockEnd < 0 ? text.length : open.index + blockEnd;
    const close = runs.findIndex((run, index) => index > i && run[0].length === open[0].length);
    if (close < 0 || runs[close]!.index >= limit) continue;
    ranges.push([open.index, runs[close]!.index + open[0].length]);
    i = close;
  }
  return ranges;
}

function lastIndexAtMost(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
