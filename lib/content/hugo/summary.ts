import { excerptFromMarkdown } from '../excerpt';
import { fencedCodeRanges, findShortcodeTags, pairShortcodes } from './shortcodes/parse';

const MORE = /^[ \t]*<!--\s*more\s*-->[ \t]*$/im;

/**
 * Hugo's summary divider: the text above `<!--more-->` is the article's summary. Shortcodes in
 * it are dropped (a summary is plain text), paired ones keep their inner text.
 */
export function summaryAboveMoreDivider(body: string, maxLength = 300): string | undefined {
  const match = MORE.exec(body);
  if (!match || fencedCodeRanges(body).some(([from, to]) => match.index >= from && match.index < to)) return undefined;
  const above = withoutShortcodes(body.slice(0, match.index));
  const paragraphs = above
    .split(/\n\s*\n/)
    .map((block) => excerptFromMarkdown(block, Number.MAX_SAFE_INTEGER))
    .filter(Boolean);
  const summary = excerptFromMarkdown(paragraphs.join(' '), maxLength);
  return summary || undefined;
}

/** The first paragraph of the body as plain text, read without its shortcodes (a figure alone is no paragraph). */
export function excerptWithoutShortcodes(body: string, maxLength?: number): string {
  return excerptFromMarkdown(withoutShortcodes(body), maxLength);
}

/** The body with every shortcode tag removed (the inner text of paired ones kept). */
export function withoutShortcodes(text: string): string {
  const tags = findShortcodeTags(text);
  const calls = pairShortcodes(text, tags);
  let result = '';
  let cursor = 0;
  for (const call of calls) {
    if (call.open.start < cursor) continue;
    result += text.slice(cursor, call.open.start);
    cursor = call.close && call.name === 'highlight' ? call.close.end : call.open.end;
  }
  result += text.slice(cursor);
  for (const tag of tags) if (tag.closing) result = result.replace(tag.raw, '');
  return result;
}
