import type { Post } from '../loader';
import { sitePaths } from '@/lib/seo/absolute-url';

/** An old address and the article it now leads to. */
export interface Redirect {
  /** Decoded path, e.g. `/fa/posts/2024/03/http-caching/`. */
  from: string;
  /** The article's address, `/posts/<slug>/`. */
  to: string;
  title: string;
}

/** Every old address (Hugo `aliases`, `url`, and permalinks turned into aliases by the importer). */
export function redirectsOf(posts: readonly Post[]): Redirect[] {
  return posts
    .flatMap((post) => post.aliases.map((from) => ({ from, to: sitePaths.post(post.slug), title: post.title })))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * Next.js `redirects()` entries (308). Sources are path-to-regexp patterns, so its special
 * characters are escaped; a Persian path is given both percent-encoded (as browsers send it)
 * and as text.
 */
export function nextRedirects(redirects: readonly Redirect[]): Array<{ source: string; destination: string; permanent: true }> {
  return redirects.flatMap(({ from, to }) => {
    const sources = [...new Set([encodeURI(from), from])];
    return sources.map((source) => ({ source: source.replace(/[:()*+?{}\\]/g, '\\$&'), destination: encodeURI(to), permanent: true as const }));
  });
}

/** Where the export writes an old address's page: `a/b/index.html`, or `a/b.html` as it was. */
export function redirectPageFile(from: string): string {
  const relative = from.replace(/^\/+/, '');
  return /\.html?$/i.test(relative) ? relative : `${relative}index.html`;
}

/**
 * The page a static host serves at an old address, as Hugo writes for aliases: a canonical
 * link and an immediate refresh to the article, and a plain link for anyone without either.
 */
export function redirectPageHtml(redirect: Redirect, siteUrl: string, message: string): string {
  const href = escapeHtml(encodeURI(redirect.to));
  const title = escapeHtml(redirect.title);
  return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="canonical" href="${escapeHtml(siteUrl)}${href}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>${escapeHtml(message)} <a href="${href}">${title}</a></p>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
