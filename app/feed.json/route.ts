import { feedResponse, siteFeedChannel } from '@/app/_feeds/feed-response';
import { getPublishedPosts } from '@/lib/content/posts';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse('json', getPublishedPosts(), siteFeedChannel());
}
