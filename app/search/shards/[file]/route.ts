import { siteSearchData } from '@/app/_search/site-search-data';
import { IMMUTABLE } from '@/lib/security/headers';

/**
 * The index's terms that begin with one letter, fetched when a reader types a word beginning
 * with it; the file name carries a hash of its content, so it never goes stale.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await siteSearchData()).shards.keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const shard = (await siteSearchData()).shards.get(file);
  if (shard === undefined) return new Response('Not found', { status: 404 });
  return Response.json(shard, { headers: { 'Cache-Control': IMMUTABLE } });
}
