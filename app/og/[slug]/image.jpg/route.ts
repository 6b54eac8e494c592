import { cardResponse } from '@/app/og/_card-response';
import { getPostBySlug, getPublishedPosts } from '@/lib/content/posts';
import { postCard, vazirmatnFonts } from '@/lib/og/cards';
import { site } from '@/lib/site';

/** `/og/<slug>/image.jpg`: the article's 1200×630 social card, made at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedPosts().map((post) => ({ slug: post.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = getPostBySlug((await params).slug);
  if (!post) return new Response('Not found', { status: 404 });
  return cardResponse(postCard(post, site.name, vazirmatnFonts()));
}
