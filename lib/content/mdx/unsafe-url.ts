/** Schemes that run code (`javascript:`, `vbscript:`) or smuggle a whole document in (`data:`). */
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/**
 * The scheme of a URL as a browser reads it (WHATWG URL): leading controls and spaces are
 * skipped and tabs and newlines anywhere are dropped, so `jav&#x09;ascript:` (an entity the
 * Markdown and MDX parsers decode into a tab) is still `javascript:`.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

export function isUnsafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined && UNSAFE_SCHEMES.has(scheme);
}
