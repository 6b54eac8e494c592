import { shouldShowDrafts } from '@/lib/site';
import { slugify } from '@/lib/persian/slug';
import { loadAllPosts, type Post } from './loader';
import { publicationClock, publicationStatus } from './publication';

export type { Post } from './loader';

/**
 * Articles readers see, newest first: THE gate between content/ and the site. Drafts and
 * articles scheduled after `now` (the build's clock) are left out, except where editors
 * preview them (`shouldShowDrafts()`). Every page, list, tag, feed, sitemap, search index,
 * related/previous/next link, image route and OG image derives from this list: no page calls
 * `loadAllPosts` (only `npm run check` and tests do) and nothing else filters.
 */
export function getPublishedPosts(rootDir?: string, now: Date = publicationClock()): Post[] {
  const posts = loadAllPosts(rootDir);
  return shouldShowDrafts() ? posts : posts.filter((post) => publicationStatus(post, now) === 'published');
}

/** `slug` as it arrives from a route (possibly percent-encoded) or already decoded. */
export function getPostBySlug(slug: string, rootDir?: string, now?: Date): Post | undefined {
  const wanted = decodeRouteParam(slug);
  return getPublishedPosts(rootDir, now).find((post) => post.slug === wanted);
}

/**
 * Next.js hands non-ASCII params percent-encoded in some paths and decoded in others
 * (vercel/next.js#92192). Decode exactly once, here, and compare NFC forms.
 */
export function decodeRouteParam(param: string): string {
  let value = param;
  if (/%[0-9a-f]{2}/i.test(value)) {
    try {
      value = decodeURIComponent(value);
    } catch {
      // Not valid percent-encoding: it was already decoded text containing a `%`.
    }
  }
  return value.normalize('NFC');
}

export interface Tag {
  name: string;
  slug: string;
  count: number;
}

export function getAllTags(posts: Post[]): Tag[] {
  const tags = new Map<string, Tag>();
  for (const post of posts) {
    for (const name of post.tags) {
      const slug = slugify(name);
      const tag = tags.get(slug) ?? { name, slug, count: 0 };
      tag.count++;
      tags.set(slug, tag);
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fa'));
}

export function getPostsByTag(tagSlug: string, posts: Post[]): Post[] {
  const wanted = decodeRouteParam(tagSlug);
  return posts.filter((post) => post.tags.some((tag) => slugify(tag) === wanted));
}

/** The neighbours in time: `newer` and `older` than this article. */
export function getAdjacentPosts(post: Post, posts: Post[]): { newer?: Post; older?: Post } {
  const index = posts.findIndex((candidate) => candidate.slug === post.slug);
  if (index < 0) return {};
  return { newer: posts[index - 1], older: posts[index + 1] };
}

/** All parts of this article's series, oldest (part 1) first. */
export function getSeriesPosts(post: Post, posts: Post[]): Post[] {
  if (!post.series) return [];
  return posts.filter((candidate) => candidate.series === post.series).sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** Articles sharing the most tags with this one (then newest), excluding itself. */
export function getRelatedPosts(post: Post, limit: number, posts: Post[]): Post[] {
  const own = new Set(post.tags.map(slugify));
  return posts
    .filter((candidate) => candidate.slug !== post.slug)
    .map((candidate) => ({ candidate, shared: candidate.tags.filter((tag) => own.has(slugify(tag))).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.candidate.date.getTime() - a.candidate.date.getTime())
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** Everything the end of an article links to, from one list of posts. */
export interface ArticleLinks {
  newer?: Post;
  older?: Post;
  /** All parts of the article's series, oldest first; empty when it has none. */
  series: Post[];
  related: Post[];
}

export function getArticleLinks(post: Post, posts: Post[], relatedLimit: number): ArticleLinks {
  return {
    ...getAdjacentPosts(post, posts),
    series: getSeriesPosts(post, posts),
    related: getRelatedPosts(post, relatedLimit, posts),
  };
}
