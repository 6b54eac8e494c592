import { shouldShowDrafts } from '@/lib/site';
import { loadAllPages, type Post } from './loader';
import { decodeRouteParam } from './posts';
import { publicationClock, publicationStatus } from './publication';

/** A site page (`/about/`) is read like an article; it is a `Post` that no list shows. */
export type SitePage = Post;

/** The pages readers see: drafts and scheduled pages only where editors preview them, as for articles. */
export function getSitePages(rootDir?: string, now: Date = publicationClock()): SitePage[] {
  const pages = loadAllPages(rootDir);
  return shouldShowDrafts() ? pages : pages.filter((page) => publicationStatus(page, now) === 'published');
}

export function getSitePageBySlug(slug: string, rootDir?: string): SitePage | undefined {
  const wanted = decodeRouteParam(slug);
  return getSitePages(rootDir).find((page) => page.slug === wanted);
}
