import { shouldShowDrafts } from '@/lib/site';
import { loadAllPages, type Post } from './loader';
import { decodeRouteParam } from './posts';

/** A site page (`/about/`) is read like an article; it is a `Post` that no list shows. */
export type SitePage = Post;

/** The pages readers see: drafts only where editors preview them. */
export function getSitePages(rootDir?: string): SitePage[] {
  const pages = loadAllPages(rootDir);
  return shouldShowDrafts() ? pages : pages.filter((page) => !page.draft);
}

export function getSitePageBySlug(slug: string, rootDir?: string): SitePage | undefined {
  const wanted = decodeRouteParam(slug);
  return getSitePages(rootDir).find((page) => page.slug === wanted);
}
