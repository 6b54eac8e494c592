import { renderArticleHtml } from '@/components/feed/article-html';
import type { Post } from '@/lib/content/posts';
import { FEED_MEDIA_TYPES, renderFeed, type FeedChannel, type FeedFormat } from '@/lib/feeds/site-feed';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { site } from '@/lib/site';

/** A feed of the newest `site.feedItemCount` of these posts, as an HTTP response. */
export async function feedResponse(
  format: FeedFormat,
  posts: Post[],
  channel: Pick<FeedChannel, 'title' | 'description' | 'pageUrl' | 'feedUrls'>,
) {
  const newest = posts.slice(0, site.feedItemCount);
  const entries = [];
  for (const post of newest) entries.push({ post, html: await renderArticleHtml(post) });
  const body = renderFeed(
    format,
    {
      ...channel,
      language: site.language,
      defaultAuthor: site.author,
      imageUrl: absoluteUrl(sitePaths.siteOgImage),
      postUrl: (slug) => absoluteUrl(sitePaths.post(slug)),
    },
    entries,
  );
  return new Response(body, {
    headers: {
      'Content-Type': FEED_MEDIA_TYPES[format],
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}

/** The site's own feeds, one per format, all linking to each other. */
export function siteFeedChannel() {
  return {
    title: site.name,
    description: site.description,
    pageUrl: absoluteUrl(sitePaths.home),
    feedUrls: { rss: absoluteUrl(sitePaths.rss), atom: absoluteUrl(sitePaths.atom), json: absoluteUrl(sitePaths.jsonFeed) },
  };
}
