/**
 * Limits on what a reader types, kept free of the search engine so the header and the search
 * page can use them without loading it.
 */

/** A query longer than this is cut: nobody types more, and every word costs a lookup. */
export const MAX_QUERY_LENGTH = 100;

/** The query as searched: trimmed, at most MAX_QUERY_LENGTH characters, never cut mid-word. */
export function trimQuery(query: string): string {
  const text = query.trim().replace(/\s+/g, ' ');
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const cut = text.slice(0, MAX_QUERY_LENGTH);
  const space = cut.lastIndexOf(' ');
  return (space > 0 && /\S/.test(text[MAX_QUERY_LENGTH]!) ? cut.slice(0, space) : cut).trim();
}
