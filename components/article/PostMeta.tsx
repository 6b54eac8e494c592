import { formatReadingTime } from '@/lib/persian/reading-time';
import type { Post } from '@/lib/content/posts';
import { uiText } from '@/lib/ui-text';
import { JalaliDate } from './JalaliDate';
import { PublicationBadge } from './PublicationBadge';

/** Date, reading time and (when set) last update, separated by middots; in previews, a draft or scheduled badge. */
export function PostMeta({ post, showUpdated = false }: { post: Post; showUpdated?: boolean }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
      <JalaliDate date={post.date} />
      <span aria-hidden="true">·</span>
      <span>{formatReadingTime(post.readingMinutes)}</span>
      {showUpdated && post.lastmod && post.lastmod.getTime() !== post.date.getTime() ? (
        <>
          <span aria-hidden="true">·</span>
          <span data-testid="lastmod">
            {uiText.post.updated}{' '}
            <JalaliDate date={post.lastmod} />
          </span>
        </>
      ) : null}
      <PublicationBadge post={post} />
    </p>
  );
}
