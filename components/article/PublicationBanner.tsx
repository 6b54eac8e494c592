import type { Post } from '@/lib/content/posts';
import { publicationStatus } from '@/lib/content/publication';
import { formatJalaliDate } from '@/lib/persian/date';
import { uiText } from '@/lib/ui-text';

/**
 * Tells an editor at the top of a previewed article that readers cannot see it yet, and for a
 * scheduled one, from when they will. Production never renders an unpublished article.
 */
export function PublicationBanner({ post }: { post: Post }) {
  const status = publicationStatus(post);
  if (status === 'published') return null;
  const note = status === 'draft' ? uiText.publication.draftNote : uiText.publication.scheduledNote(formatJalaliDate(post.date));
  return (
    <div
      role="note"
      data-testid="publication-banner"
      data-publication={status}
      className={`mb-6 rounded-lg border-s-4 px-4 py-3 leading-7 ${status === 'draft' ? 'border-amber-500 bg-amber-100 text-amber-950' : 'border-sky-500 bg-sky-100 text-sky-950'}`}
    >
      <strong>{uiText.publication[status]}</strong>
      {' — '}
      {note}
    </div>
  );
}
