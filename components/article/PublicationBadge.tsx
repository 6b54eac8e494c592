import type { Post } from '@/lib/content/posts';
import { publicationStatus } from '@/lib/content/publication';
import { uiText } from '@/lib/ui-text';

/**
 * «پیش‌نویس» or «زمان‌بندی‌شده» beside an article's date in lists. Only previews ever list such
 * articles (production leaves them out at `getPublishedPosts()`), so readers never see it.
 */
export function PublicationBadge({ post }: { post: Post }) {
  const status = publicationStatus(post);
  if (status === 'published') return null;
  return (
    <span
      data-publication={status}
      className={`rounded px-2 font-bold ${status === 'draft' ? 'bg-amber-200 text-amber-950' : 'bg-sky-200 text-sky-950'}`}
    >
      {uiText.publication[status]}
    </span>
  );
}
