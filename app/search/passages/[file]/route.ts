import { siteSearchData } from '@/app/_search/site-search-data';
import { IMMUTABLE } from '@/lib/security/headers';
import type { SearchPassageFile } from '@/lib/search/index-file';

/**
 * One article's plain text, for the highlighted passage of a search result. Fetched only for
 * the results a reader sees; the file name carries a hash of the text, so it never goes stale.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await siteSearchData()).passages.keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const text = (await siteSearchData()).passages.get(file);
  if (text === undefined) return new Response('Not found', { status: 404 });
  const body: SearchPassageFile = { text };
  return Response.json(body, { headers: { 'Cache-Control': IMMUTABLE } });
}
