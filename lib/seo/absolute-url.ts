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
