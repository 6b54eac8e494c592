/**
 * Finds Hugo shortcodes in an article body: `{{< name args >}}`, `{{% name args %}}`, their
 * closing tags `{{< /name >}}`, and the escaped form (`/*` and `*\/` just inside the braces) that
 * Hugo prints as text. Code fences are skipped: a shortcode shown inside one is an example, not a call.
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
  const skipped = fencedCodeRanges(
    text.replace(/(\{\{[<%]\s*highlight\b[\s\S]*?[>%]\}\})([\s\S]*?)(\{\{[<%]\s*\/\s*highlight\s*[>%]\}\})/g, (_match, open: string, inner: string, close: string) => open + inner.replace(/[^\n]/g, ' ') + close),
  );
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const tags: ShortcodeTag[] = [];
  for (const match of text.matchAll(TAG)) {
    const [raw, open, escapeOpen, slash, name, rawArgs, selfSlash, escapeClose, close] = match;
    const start = match.index;
    if ((open === '<') !== (close === '>')) continue;
    if (skipped.some(([from, to]) => start >= from && start < to)) continue;
    const lineIndex = lastIndexAtMost(lineStarts, start);
    tags.push({
      name: name!,
      closing: slash === '/',
      selfClosed: selfSlash === '/',
      escaped: escapeOpen !== undefined && escapeClose !== undefined,
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
