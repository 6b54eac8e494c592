import type { Post } from '@/lib/content/posts';
import { laterPageNumbers, listPagePath } from '@/lib/content/pagination';
import { slugify } from '@/lib/persian/slug';
import { site } from '@/lib/site';
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

/** A list's first page and its later ones (`page/2/`…), each dated by the newest post it shows. */
function paginated(basePath: string, members: Post[], pageSize: number): SitemapPage[] {
  return [
    { path: basePath, lastModified: newestChange(members) },
    ...laterPageNumbers(members.length, pageSize).map((number) => ({
      path: listPagePath(basePath, number),
      lastModified: newestChange(members.slice((number - 1) * pageSize, number * pageSize)),
    })),
  ];
}

/** Every list page, with the newest change among the posts it lists: the one place they are enumerated. */
export function listPages(posts: Post[], pageSize: number = site.postsPerPage): SitemapPage[] {
  const pages: SitemapPage[] = [
    ...paginated(sitePaths.home, posts, pageSize),
    { path: sitePaths.archive, lastModified: newestChange(posts) },
    { path: sitePaths.tags, lastModified: newestChange(posts) },
    { path: sitePaths.categories, lastModified: newestChange(posts) },
    { path: sitePaths.seriesIndex, lastModified: newestChange(posts) },
  ];
  const taxonomies: [(post: Post) => string[], (slug: string) => string, boolean][] = [
    [(post) => post.tags, sitePaths.tag, true],
    [(post) => post.categories, sitePaths.category, true],
    [(post) => (post.series ? [post.series] : []), sitePaths.series, false],
  ];
  for (const [namesOf, pathOf, hasPages] of taxonomies) {
    for (const [slug, members] of groupBy(posts, namesOf)) {
      pages.push(
        ...(hasPages ? paginated(pathOf(slug), members, pageSize) : [{ path: pathOf(slug), lastModified: newestChange(members) }]),
      );
    }
  }
  return pages;
}

/** Every page a search engine should know: list pages, then each article. */
export function sitemapPages(posts: Post[], pageSize: number = site.postsPerPage): SitemapPage[] {
  return [...listPages(posts, pageSize), ...posts.map((post) => ({ path: sitePaths.post(post.slug), lastModified: lastChanged(post) }))];
}
