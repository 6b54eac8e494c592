/**
 * The paths a load run requests, with the status each must answer: every page type of the
 * site (from the one list of posts), the assets its pages reference, and missing or malformed
 * addresses. Asset paths are read from the served pages themselves, since each build hashes them.
 */
import { getPublishedPosts, getTerms } from '@/lib/content/posts';
import { sitePaths } from '@/lib/seo/absolute-url';
import { site } from '@/lib/site';
import type { LoadTarget } from './http-load';

/** Pages every build has, as sent by a browser (Persian slugs percent-encoded). */
export function pageTargets(): LoadTarget[] {
  const posts = getPublishedPosts();
  const pages = [
    sitePaths.home,
    ...posts.map((post) => sitePaths.post(post.slug)),
    sitePaths.tags,
    ...getTerms('tags', posts)
      .slice(0, 3)
      .map((tag) => sitePaths.tag(tag.slug)),
    ...getTerms('categories', posts)
      .slice(0, 1)
      .map((category) => sitePaths.category(category.slug)),
    ...getTerms('series', posts)
      .slice(0, 1)
      .map((series) => sitePaths.series(series.slug)),
    sitePaths.archive,
    '/search/',
    sitePaths.sitePage('about'),
    sitePaths.rss,
    sitePaths.sitemap,
    '/search/index.json',
    sitePaths.siteOgImage,
  ];
  if (posts.length > site.postsPerPage) pages.push('/page/2/');
  return pages.map((path) => ({ path: encodeURI(path), status: 200 }));
}

/** Addresses no build has: each must be a 404 (or a 400 when it cannot even be decoded). */
export function invalidTargets(): LoadTarget[] {
  return [
    { path: '/no-such-page/', status: 404 },
    { path: encodeURI(sitePaths.post('مقاله-ای-که-نیست')), status: 404 },
    { path: encodeURI(sitePaths.tag('برچسبی-که-نیست')), status: 404 },
    { path: '/_next/static/chunks/no-such-chunk.js', status: 404 },
    { path: '/tags/%ZZ/', status: 400 },
  ];
}

const ASSET = /(?:src|href)="(\/(?:_next\/static|assets)\/[^"?#]+)"/g;

/** The scripts, stylesheets and fonts the given pages reference, read from what the server sends. */
export async function assetTargets(origin: string, pagePaths: readonly string[]): Promise<LoadTarget[]> {
  const assets = new Set<string>();
  for (const path of pagePaths) {
    const html = await (await fetch(origin + path)).text();
    for (const [, asset] of html.matchAll(ASSET)) assets.add(asset!);
  }
  if (assets.size === 0) throw new Error(`no asset found in ${pagePaths.join(', ')} on ${origin}`);
  return [...assets].sort().map((path) => ({ path, status: 200 }));
}
