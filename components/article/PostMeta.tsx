import { Fragment, type ReactNode } from 'react';
import { publicationStatus } from '@/lib/content/publication';
import { slugify } from '@/lib/persian/slug';
import { sitePaths } from '@/lib/seo/absolute-url';
import { formatReadingTime } from '@/lib/persian/reading-time';
import type { Post } from '@/lib/content/posts';
import { uiText } from '@/lib/ui-text';
import { JalaliDate } from './JalaliDate';
import { PublicationBadge } from './PublicationBadge';

/**
 * Date, reading time, last update, authors and categories (links to their lists); in
 * previews, a draft or scheduled badge. Each is a list item set right to
 * left on its own (isolated), and a visible separator is drawn between them, so neighbouring
 * numbers never read as one («قسمت ۲ ۴ خرداد ۱۴۰۵»), to the eye or to a screen reader. The
 * list follows the direction of what holds it (an English card lists them left to right).
 */
export function PostMeta({ post, showUpdated = false }: { post: Post; showUpdated?: boolean }) {
  const updated = showUpdated && post.lastmod && post.lastmod.getTime() !== post.date.getTime() ? post.lastmod : undefined;
  return (
    <ul className="post-meta flex flex-wrap items-center gap-y-1 text-sm text-muted" aria-label={uiText.postMeta.label}>
      <Item>
        <JalaliDate date={post.date} />
      </Item>
      <Item>{formatReadingTime(post.readingMinutes)}</Item>
      {updated ? (
        <Item testId="lastmod">
          {uiText.post.updated} <JalaliDate date={updated} />
        </Item>
      ) : null}
      {post.authors.length > 0 ? (
        <Item testId="authors">
          {uiText.postMeta.authors}{' '}
          {post.authors.map((author, index) => (
            <Fragment key={author}>
              {index > 0 ? '، ' : null}
              <bdi>{author}</bdi>
            </Fragment>
          ))}
        </Item>
      ) : null}
      {post.categories.length > 0 ? (
        <Item testId="categories">
          {uiText.postMeta.categories}{' '}
          {post.categories.map((category, index) => (
            <Fragment key={category}>
              {index > 0 ? '، ' : null}
              {/* Each name isolated: `linux، arch linux` would otherwise run as one left-to-right phrase, names swapped. */}
              <bdi>
                <a href={sitePaths.category(slugify(category))} className="inline-block py-0.5 underline-offset-4 hover:underline">
                  {category}
                </a>
              </bdi>
            </Fragment>
          ))}
        </Item>
      ) : null}
      {publicationStatus(post) !== 'published' ? (
        <Item>
          <PublicationBadge post={post} />
        </Item>
      ) : null}
    </ul>
  );
}

/** One detail, isolated and right to left; the separator before it follows the list's direction. */
function Item({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <li data-testid={testId}>
      <span dir="rtl" lang="fa">
        {children}
      </span>
    </li>
  );
}
