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
  if (shouldShowDrafts()) return posts;
  // The same list for the same articles and clock: what is memoised per list downstream (the
  // search index, shared by the index route and every passage route) is then built once.
  const cached = publishedLists.get(posts);
  if (cached?.at === now.getTime()) return cached.posts;
  const published = posts.filter((post) => publicationStatus(post, now) === 'published');
  publishedLists.set(posts, { at: now.getTime(), posts: published });
  return published;
}

const publishedLists = new WeakMap<readonly Post[], { at: number; posts: Post[] }>();

/** `slug` as it arrives from a route (possibly percent-encoded) or already decoded. */
export function getPostBySlug(slug: string, rootDir?: string, now?: Date): Post | undefined {
  const posts = getPublishedPosts(rootDir, now);
  return posts[archiveIndex(posts).positions.get(decodeRouteParam(slug)) ?? -1];
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

/**
 * The ways articles are grouped by a name in their front matter. Each has the same pages:
 * an index and a list per term, at `/<kind>/<slug>/`, slugs made by `slugify` (ZWNJ → `-`).
 */
export type TaxonomyKind = 'tags' | 'categories' | 'series';

const termNames: Record<TaxonomyKind, (post: Post) => string[]> = {
  tags: (post) => post.tags,
  categories: (post) => post.categories,
  series: (post) => (post.series ? [post.series] : []),
};

/** A tag, category or series: its name as first written, URL slug and number of articles. */
export interface Term {
  name: string;
  slug: string;
  count: number;
}

export type Tag = Term;

/** Every term of a taxonomy in `posts`, most used first, then in Persian alphabetical order. */
export function getTerms(kind: TaxonomyKind, posts: Post[]): Term[] {
  // Every list page of a term looks its term up: counted and sorted once per list of posts.
  const cached = termLists[kind].get(posts);
  if (cached) return cached;
  const terms = new Map<string, Term>();
  for (const post of posts) {
    // Two spellings of one term in the same front matter (`روش‌ها`, `روش ها`) count once.
    const counted = new Set<string>();
    const slugs = termSlugs(kind, post);
    for (const [index, name] of termNames[kind](post).entries()) {
      const slug = slugs[index]!;
      if (counted.has(slug)) continue;
      counted.add(slug);
      const term = terms.get(slug) ?? { name, slug, count: 0 };
      term.count++;
      terms.set(slug, term);
    }
  }
  const sorted = [...terms.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fa'));
  termLists[kind].set(posts, sorted);
  return sorted;
}

const termLists: Record<TaxonomyKind, WeakMap<readonly Post[], Term[]>> = { tags: new WeakMap(), categories: new WeakMap(), series: new WeakMap() };

/** The term a route param (possibly percent-encoded) names, if any article uses it. */
export function findTerm(kind: TaxonomyKind, param: string, posts: Post[]): Term | undefined {
  const slug = decodeRouteParam(param);
  return getTerms(kind, posts).find((term) => term.slug === slug);
}

/**
 * The slugs of an article's terms, made once per article: every list page and every article's
 * related links compare them across the whole archive, which would otherwise slugify each
 * article's tags again for every page of the site.
 */
const termSlugCache: Record<TaxonomyKind, WeakMap<Post, string[]>> = { tags: new WeakMap(), categories: new WeakMap(), series: new WeakMap() };

function termSlugs(kind: TaxonomyKind, post: Post): string[] {
  let slugs = termSlugCache[kind].get(post);
  if (!slugs) {
    slugs = termNames[kind](post).map(slugify);
    termSlugCache[kind].set(post, slugs);
  }
  return slugs;
}

/**
 * Where each article is in a list and which articles carry each term, made once per list.
 * Every article page looks up its neighbours, series and related articles: scanning the whole
 * list for each made the build grow with the square of the number of articles. Keyed by the
 * list itself, which is why lists are read-only here: one changed after its first lookup would
 * keep answering from the old index.
 */
interface ArchiveIndex {
  positions: Map<string, number>;
  byTerm: Record<TaxonomyKind, Map<string, Post[]>>;
}

const archiveIndexes = new WeakMap<readonly Post[], ArchiveIndex>();

function archiveIndex(posts: readonly Post[]): ArchiveIndex {
  let index = archiveIndexes.get(posts);
  if (index) return index;
  index = { positions: new Map(), byTerm: { tags: new Map(), categories: new Map(), series: new Map() } };
  for (const [position, post] of posts.entries()) {
    if (!index.positions.has(post.slug)) index.positions.set(post.slug, position);
    for (const kind of ['tags', 'categories', 'series'] as const) {
      // Two spellings of one term in the same front matter (`روش‌ها`, `روش ها`) list the article once.
      for (const slug of new Set(termSlugs(kind, post))) {
        const list = index.byTerm[kind].get(slug);
        if (list) list.push(post);
        else index.byTerm[kind].set(slug, [post]);
      }
    }
  }
  archiveIndexes.set(posts, index);
  return index;
}

/** Articles with this term, in the order of `posts` (newest first for the published list). */
export function getPostsByTerm(kind: TaxonomyKind, termSlug: string, posts: readonly Post[]): Post[] {
  return [...(archiveIndex(posts).byTerm[kind].get(decodeRouteParam(termSlug)) ?? [])];
}

export function getAllTags(posts: Post[]): Tag[] {
  return getTerms('tags', posts);
}

export function getPostsByTag(tagSlug: string, posts: Post[]): Post[] {
  return getPostsByTerm('tags', tagSlug, posts);
}

/** The neighbours in time: `newer` and `older` than this article. */
export function getAdjacentPosts(post: Post, posts: readonly Post[]): { newer?: Post; older?: Post } {
  const index = archiveIndex(posts).positions.get(post.slug);
  if (index === undefined) return {};
  return { newer: posts[index - 1], older: posts[index + 1] };
}

/** All parts of this article's series, oldest (part 1) first. */
export function getSeriesPosts(post: Post, posts: readonly Post[]): Post[] {
  if (!post.series) return [];
  return getSeriesParts(slugify(post.series), posts);
}

/** The parts of the series with this slug, part 1 (the oldest) first. */
export function getSeriesParts(seriesSlug: string, posts: readonly Post[]): Post[] {
  return getPostsByTerm('series', seriesSlug, posts).sort((a, b) => a.date.getTime() - b.date.getTime());
}

/**
 * Articles sharing the most tags with this one (then newest, then in the order of `posts`),
 * excluding itself. Only the articles that share a tag are looked at.
 */
export function getRelatedPosts(post: Post, limit: number, posts: readonly Post[]): Post[] {
  const { positions, byTerm } = archiveIndex(posts);
  const shared = new Map<Post, number>();
  for (const tag of new Set(termSlugs('tags', post))) {
    for (const candidate of byTerm.tags.get(tag) ?? []) {
      if (candidate.slug !== post.slug) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
    }
  }
  const position = (candidate: Post) => positions.get(candidate.slug) ?? 0;
  const ranksBefore = ([a, sharedA]: [Post, number], [b, sharedB]: [Post, number]) =>
    sharedA - sharedB || a.date.getTime() - b.date.getTime() || position(b) - position(a);
  // The best few kept in order as the candidates go by: a popular tag brings a good part of
  // the archive, which sorting whole for every article made grow with the square of its size.
  const best: Array<[Post, number]> = [];
  for (const entry of shared) {
    let at = best.length;
    while (at > 0 && ranksBefore(entry, best[at - 1]!) > 0) at--;
    if (at < limit) {
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
  }
  return best.map(([candidate]) => candidate);
}

/** Everything the end of an article links to, from one list of posts. */
export interface ArticleLinks {
  newer?: Post;
  older?: Post;
  /** All parts of the article's series, oldest first; empty when it has none. */
  series: Post[];
  related: Post[];
}

export function getArticleLinks(post: Post, posts: readonly Post[], relatedLimit: number): ArticleLinks {
  return {
    ...getAdjacentPosts(post, posts),
    series: getSeriesPosts(post, posts),
    related: getRelatedPosts(post, relatedLimit, posts),
  };
}
