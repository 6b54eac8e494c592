import { buildCardCache, cachedCard } from '@/lib/og/card-cache';
import { renderCard, type CardInput } from '@/lib/og/render-card';

/** A social card as an HTTP response (prerendered at build time: the routes are static). */
export async function cardResponse(input: CardInput): Promise<Response> {
  const body = await cachedCard(input, renderCard, buildCardCache());
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'image/jpeg',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
    },
  });
}
