/**
 * Hugo `aliases` (and `url`) are the old addresses of an article. Each becomes a redirect to
 * the article's address here; they are normalised once so that `old`, `/old` and `/old/`
 * are one address and a Persian address compares the same, percent-encoded or not.
 */

import { isSiteRoute } from '@/lib/seo/absolute-url';

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
  // A NUL or other control character (`%00`) is no address a reader or a host can use.
  if (/[\u0000-\u001f\u007f]/.test(absolute)) {
    return { ok: false, reason: `old address «${written}» contains a control character`, fix: 'remove the control character (e.g. `%00`) from the address' };
  }
  const last = segments.at(-1)!;
  // `/old/page.html` (Hugo's uglyURLs) stays a file; everything else is a folder address.
  const path = `/${segments.join('/')}${/\.html?$/i.test(last) ? '' : '/'}`.normalize('NFC');
  if (isSiteRoute(path)) {
    return {
      ok: false,
      reason: `old address «${written}» is one of the site's own addresses (home, lists, tags, categories, series, archive, search, feeds, sitemap, images), and would take it over`,
      fix: 'remove it; an old address must be one no page of this site uses, e.g. `/fa/posts/2023/05/slug/`',
    };
  }
  return { ok: true, path };
}
