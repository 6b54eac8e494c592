import type { PreparedSource } from '../hugo/shortcodes/source';

/**
 * An article as the linter sees it: the file's text, where its body starts, and the text the
 * Markdown tree was parsed from (the body with Hugo shortcodes replaced by placeholders), whose
 * offsets map back to the body.
 */
export interface ParsedArticle {
  file: string;
  /** The article's text as the loader reads it (no BOM, LF line ends). */
  text: string;
  /** Offset of the body in `text`. */
  bodyOffset: number;
  parsed: Pick<PreparedSource, 'text' | 'originalOffset'>;
}

/** The offset in the file's text of an offset of the parsed text (a tree position). */
export function fileOffset(article: ParsedArticle, parsedOffset: number): number {
  return article.bodyOffset + article.parsed.originalOffset(parsedOffset).offset;
}

/**
 * The file range of `[start, end)` of the parsed text, only when the author wrote exactly those
 * characters there: a range touching text written in place of a shortcode has none, so a fix
 * never edits a shortcode (or the characters around a placeholder).
 */
export function fileRange(article: ParsedArticle, start: number, end: number): { start: number; end: number } | undefined {
  const map = article.parsed.originalOffset;
  // An insertion needs the characters on both sides to be the author's and neighbours.
  const length = article.parsed.text.length;
  const first = start === end ? Math.max(start - 1, 0) : start;
  const last = start === end ? Math.min(start, length - 1) : end - 1;
  if (last < first) return undefined;
  const from = map(first);
  const to = map(last);
  if (!from.verbatim || !to.verbatim || to.offset - from.offset !== last - first) return undefined;
  for (let i = first + 1; i < last; i++) if (!map(i).verbatim) return undefined;
  const bodyStart = from.offset + (start - first);
  return { start: article.bodyOffset + bodyStart, end: article.bodyOffset + bodyStart + (end - start) };
}
