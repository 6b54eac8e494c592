/** The search page's address for what is in its box: `?q=` set, or gone when the box is empty. */
export function addressWithQuery(href: string, value: string): string {
  const url = new URL(href);
  if (value.trim()) url.searchParams.set('q', value);
  else url.searchParams.delete('q');
  return url.href;
}

/** The search page's address for a query (the header's link to every result). */
export const searchPageHref = (query: string): string => `/search/?q=${encodeURIComponent(query)}`;
