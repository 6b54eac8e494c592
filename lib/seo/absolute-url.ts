import { site } from '@/lib/site';

/**
 * The absolute, percent-encoded URL of a path on this site: what feeds, the sitemap, JSON-LD
 * and social images need (their readers do not know the page's address).
 */
export function absoluteUrl(path: string, origin: string = site.url): string {
  return new URL(path, `${origin}/`).href;
}

/** Paths of the pages every list, feed and sitemap links to. */
export const sitePaths = {
  home: '/',
  tags: '/tags/',
  archive: '/archive/',
  categories: '/categories/',
  seriesIndex: '/series/',
  post: (slug: string) => `/posts/${slug}/`,
  /** A site page from content/pages/ (`/about/`). */
  sitePage: (slug: string) => `/${slug}/`,
  tag: (slug: string) => `/tags/${slug}/`,
  category: (slug: string) => `/categories/${slug}/`,
  series: (slug: string) => `/series/${slug}/`,
  tagFeed: (slug: string) => `/tags/${slug}/feed.xml`,
  postOgImage: (slug: string) => `/og/${slug}/image.jpg`,
  siteOgImage: '/og/site.jpg',
  rss: '/feed.xml',
  atom: '/atom.xml',
  jsonFeed: '/feed.json',
  sitemap: '/sitemap.xml',
} as const;

/**
 * Addresses the site itself answers (pages, lists, feeds, search data, images, Next.js assets):
 * an old address (`aliases`) may never be one of them or fall under one of the folders, since
 * `next start` applies redirects before it looks for a page.
 */
const siteRouteFiles: readonly string[] = [
  sitePaths.rss,
  sitePaths.atom,
  sitePaths.jsonFeed,
  sitePaths.sitemap,
  '/robots.txt',
  '/icon.svg',
];
const siteRouteFolders: readonly string[] = [
  '/page/',
  sitePaths.tags,
  sitePaths.categories,
  sitePaths.seriesIndex,
  sitePaths.archive,
  '/search/',
  '/og/',
  '/_next/',
  '/api/',
];

/** Whether `path` (decoded, with or without a trailing `/`) is or falls under one of the site's own routes. */
export function isSiteRoute(path: string): boolean {
  const folder = path.endsWith('/') ? path : `${path}/`;
  if (folder === sitePaths.home) return true;
  if (siteRouteFiles.some((file) => folder === `${file}/`)) return true;
  return siteRouteFolders.some((prefix) => folder.startsWith(prefix));
}
