import { getPublishedPosts } from '@/lib/content/posts';
import { getSearchData } from '@/lib/search/build-index';

/**
 * The search index, built from the published articles at build time and served as a plain file
 * (also in the static export). Pages never load it; the search UI fetches it on first use.
 */
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getSearchData(getPublishedPosts()).index, {
    headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
