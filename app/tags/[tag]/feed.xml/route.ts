import { feedResponse } from '@/app/_feeds/feed-response';
import { decodeRouteParam, getAllTags, getPostsByTag, getPublishedPosts } from '@/lib/content/posts';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags(getPublishedPosts()).map((tag) => ({ tag: tag.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const slug = decodeRouteParam((await params).tag);
  const posts = getPublishedPosts();
  const tag = getAllTags(posts).find((candidate) => candidate.slug === slug);
  if (!tag) return new Response('Not found', { status: 404 });
  return feedResponse('rss', getPostsByTag(tag.slug, posts), {
    title: `${uiText.tags.tagTitle(tag.name)} | ${site.name}`,
    description: site.description,
    pageUrl: absoluteUrl(sitePaths.tag(tag.slug)),
    feedUrls: { rss: absoluteUrl(sitePaths.tagFeed(tag.slug)) },
  });
}
