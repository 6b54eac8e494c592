import type { Post } from '@/lib/content/posts';
import { slugify } from '@/lib/persian/slug';
import { sitePaths } from './absolute-url';

export interface SitemapPage {
  /** Path on the site, e.g. `/tags/الگوریتم/`. */
  path: string;
  lastModified?: Date;
}

/** When an article last changed: its `lastmod`, else its publication date. */
export function lastChanged(post: Post): Date {
  return post.lastmod ?? post.date;
}

function newestChange(posts: Post[]): Date | undefined {
  return posts.reduce<Date | undefined>((newest, post) => (!newest || lastChanged(post) > newest ? lastChanged(post) : newest), undefined);
}

/** Groups posts by the address of each name they carry (tags, categories, series). */
function groupBy(posts: Post[], namesOf: (post: Post) => string[]): Map<string, Post[]> {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    for (const slug of new Set(namesOf(post).map(slugify))) groups.set(slug, [...(groups.get(slug) ?? []), post]);
  }
  return groups;
}

/**
 * Every list page, with the newest change among the posts it lists. The one place list
 * pages are enumerated for the sitemap: paginated pages (`/page/N/`) belong here too.
 */
export function listPages(posts: Post[]): SitemapPage[] {
  const pages: SitemapPage[] = [
    { path: sitePaths.home, lastModified: newestChange(posts) },
    { path: sitePaths.archive, lastModified: newestChange(posts) },
    { path: sitePaths.tags, lastModified: newestChange(posts) },
  ];
  const taxonomies: [(post: Post) => string[], (slug: string) => string][] = [
    [(post) => post.tags, sitePaths.tag],
    [(post) => post.categories, sitePaths.category],
    [(post) => (post.series ? [post.series] : []), sitePaths.series],
  ];
  for (const [namesOf, pathOf] of taxonomies) {
    for (const [slug, members] of groupBy(posts, namesOf)) pages.push({ path: pathOf(slug), lastModified: newestChange(members) });
  }
  return pages;
}

/** Every page a search engine should know: list pages, then each article. */
export function sitemapPages(posts: Post[]): SitemapPage[] {
  return [...listPages(posts), ...posts.map((post) => ({ path: sitePaths.post(post.slug), lastModified: lastChanged(post) }))];
}

