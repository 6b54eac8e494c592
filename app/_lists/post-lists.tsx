/*
 * Glue shared by every paginated list route (home, tags, categories): which posts a list
 * holds, its address and title, and the page a route param asks for. The routes themselves
 * only name their list.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/lists/PostList';
import { JsonLd } from '@/components/seo/JsonLd';
import { findTerm, getPostsByTerm, getPublishedPosts, getTerms, type Post } from '@/lib/content/posts';
import { getListPage, listPagePath, listPageSegments, pageNumberFromSegments } from '@/lib/content/pagination';
import { toPersianDigits } from '@/lib/persian/digits';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

export type PagedTaxonomy = 'tags' | 'categories';

interface PostListDefinition {
  title: string;
  /** Heading of pages 2 and later, when page 1's does not fit them. */
  laterTitle?: string;
  /** Page 1's address; later pages are `<basePath>page/<n>/`. */
  basePath: string;
  posts: Post[];
  /** The list's own RSS feed (tags have one), announced beside the site's. */
  feed?: { url: string; title: string };
  /** Where the list sits: home → index of its kind → the list (breadcrumb JSON-LD). */
  breadcrumb?: { name: string; path: string }[];
}

const taxonomyBasePath = (kind: PagedTaxonomy) => `/${kind}/`;

const termTitle: Record<PagedTaxonomy, (name: string) => string> = {
  tags: uiText.tags.tagTitle,
  categories: uiText.categories.categoryTitle,
};

const indexTitle: Record<PagedTaxonomy, string> = { tags: uiText.tags.title, categories: uiText.categories.title };

function homeList(): PostListDefinition {
  return { title: uiText.home.title, laterTitle: uiText.pagination.allPosts, basePath: '/', posts: getPublishedPosts() };
}

function termList(kind: PagedTaxonomy, param: string): PostListDefinition | undefined {
  const posts = getPublishedPosts();
  const term = findTerm(kind, param, posts);
  if (!term) return undefined;
  const basePath = `${taxonomyBasePath(kind)}${term.slug}/`;
  return {
    title: termTitle[kind](term.name),
    basePath,
    posts: getPostsByTerm(kind, term.slug, posts),
    feed: kind === 'tags' ? { url: sitePaths.tagFeed(term.slug), title: uiText.feeds.tagRss(term.name) } : undefined,
    breadcrumb: [
      { name: uiText.nav.home, path: sitePaths.home },
      { name: indexTitle[kind], path: taxonomyBasePath(kind) },
      { name: term.name, path: basePath },
    ],
  };
}

/** `segments`: the route's `[[...page]]`, absent on page 1 (the list's own address). */
function resolve(list: PostListDefinition | undefined, segments?: string[]) {
  if (!list) return undefined;
  const number = pageNumberFromSegments(segments);
  const page = number === undefined ? undefined : getListPage(list.posts, number, site.postsPerPage);
  return page ? { list, page } : undefined;
}

function headingOf({ list, page }: NonNullable<ReturnType<typeof resolve>>): string {
  return page.number === 1 ? list.title : (list.laterTitle ?? list.title);
}

function metadataOf(resolved: ReturnType<typeof resolve>): Metadata {
  if (!resolved) return {};
  const { list, page } = resolved;
  const path = listPagePath(list.basePath, page.number);
  const feeds = list.feed ? [list.feed] : [];
  // The home page keeps the site's own title from the layout.
  if (path === '/') return pageMetadata({ path, feeds });
  const heading = headingOf(resolved);
  const title = page.number === 1 ? heading : uiText.pagination.titleWithPage(heading, toPersianDigits(page.number));
  return pageMetadata({ title, path, feeds });
}

function view(resolved: ReturnType<typeof resolve>) {
  if (!resolved) notFound();
  const { breadcrumb } = resolved.list;
  return (
    <>
      {breadcrumb ? <JsonLd data={breadcrumbJsonLd(breadcrumb.map(({ name, path }) => ({ name, url: absoluteUrl(path) })))} /> : null}
      <PostList title={headingOf(resolved)} page={resolved.page} basePath={resolved.list.basePath} />
    </>
  );
}

export const homeListRoute = {
  params: () => listPageSegments(getPublishedPosts().length, site.postsPerPage).map((page) => ({ page })),
  metadata: (segments?: string[]) => metadataOf(resolve(homeList(), segments)),
  page: (segments?: string[]) => view(resolve(homeList(), segments)),
};

export function termListRoute(kind: PagedTaxonomy) {
  return {
    /** Slugs as they are (decoded): hand-encoding them breaks non-ASCII routes (vercel/next.js#92192). */
    params: () =>
      getTerms(kind, getPublishedPosts()).flatMap((term) =>
        listPageSegments(term.count, site.postsPerPage).map((page) => ({ term: term.slug, page })),
      ),
    metadata: (termParam: string, segments?: string[]) => metadataOf(resolve(termList(kind, termParam), segments)),
    page: (termParam: string, segments?: string[]) => view(resolve(termList(kind, termParam), segments)),
  };
}
