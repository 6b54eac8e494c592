import { siteSearchData } from '@/app/_search/site-search-data';

/**
 * The search index, built from the published articles at build time and served as a plain file
 * (also in the static export). Pages never load it; the search UI fetches it on first use.
 */
export const dynamic = 'force-static';

export async function GET() {
  return Response.json((await siteSearchData()).index, {
    headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
