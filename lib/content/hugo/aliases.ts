/**
 * Hugo `aliases` (and `url`) are the old addresses of an article. Each becomes a redirect to
 * the article's address here; they are normalised once so that `old`, `/old` and `/old/`
 * are one address and a Persian address compares the same, percent-encoded or not.
 */

export type AliasResult = { ok: true; path: string } | { ok: false; reason: string; fix: string };

export function normaliseAlias(alias: string): AliasResult {
  const written = alias.trim();
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(written)) {
    return {
      ok: false,
      reason: `old address «${written}» is on another site`,
      fix: 'write the path only, e.g. `/fa/posts/2023/05/slug/`',
    };
  }
  let decoded = written;
  try {
    decoded = decodeURI(written);
  } catch {
    // Already decoded text that contains a `%`.
  }
  // Hugo resolves a relative alias against the page's section.
  const absolute = decoded.startsWith('/') ? decoded : `/posts/${decoded}`;
  const segments = absolute.split('/').filter(Boolean);
  if (segments.length === 0 || /[?#\\]/.test(absolute) || segments.some((segment) => segment === '..' || segment === '.')) {
    return {
      ok: false,
      reason: `«${written}» is not an address this site can redirect from`,
      fix: 'write the old path of the article, e.g. `/fa/posts/2023/05/slug/`',
    };
  }
  if (segments[0] === '_next' || segments[0] === 'api') {
    return { ok: false, reason: `old address «${written}» is reserved by the site itself`, fix: 'remove it' };
  }
  const last = segments.at(-1)!;
  // `/old/page.html` (Hugo's uglyURLs) stays a file; everything else is a folder address.
  const path = `/${segments.join('/')}${/\.html?$/i.test(last) ? '' : '/'}`;
  return { ok: true, path: path.normalize('NFC') };
}
