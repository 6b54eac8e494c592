/**
 * Latin tokens whose first or last character is bidi-neutral are reordered inside RTL text:
 * `C++` shows as `++C`, `O(n log n)` as `(O(n log n`, `.NET` as `NET.`. Such tokens must be
 * isolated (`<bdi>`); plain words (`ChatGPT`, `Next.js 20`, `GPT-3.5`) already display
 * correctly and are left alone to keep the markup small.
 */
// Short ones only (`O(n log n)`, `f(x)`): an isolated token does not wrap, and a long call
// belongs in inline code anyway.
const FUNCTION_LIKE = String.raw`[A-Za-z][A-Za-z0-9_.]{0,15}\([^()\u0600-\u06FF\n]{0,20}\)`;
const TOKEN = String.raw`(?:--?|\.)?[A-Za-z][A-Za-z0-9]*(?:[-./_][A-Za-z0-9]+)*(?:\+\+|\+|#)?`;
const CANDIDATE = new RegExp(`${FUNCTION_LIKE}|${TOKEN}`, 'g');
const NEUTRAL_EDGE = /^[-.]|[+#)]$/;

export interface BidiSegment {
  text: string;
  /** True where the text must be isolated left-to-right. */
  isolate: boolean;
}

/** Splits text into runs, marking the Latin tokens that need isolation. */
export function splitForIsolation(text: string): BidiSegment[] {
  const segments: BidiSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    if (!NEUTRAL_EDGE.test(match[0])) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), isolate: false });
    segments.push({ text: match[0], isolate: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || segments.length === 0) segments.push({ text: text.slice(last), isolate: false });
  return segments;
}

/**
 * Unicode's bidi isolates: plain text's own `<bdi dir="ltr">…</bdi>`, for code inside Persian
 * where there is no markup (search passages). Search's normaliser drops them (lib/search/normalize.ts): the index is as without them.
 */
export const LEFT_TO_RIGHT_ISOLATE = '\u2066';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';
