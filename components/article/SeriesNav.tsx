import { toPersianDigits } from '@/lib/persian/digits';
import { slugify } from '@/lib/persian/slug';
import type { Post } from '@/lib/content/posts';
import { uiText } from '@/lib/ui-text';
import { sitePaths } from '@/lib/seo/absolute-url';

/** Every part of the article's series in order, this one marked. */
export function SeriesNav({ post, parts }: { post: Post; parts: Post[] }) {
  if (!post.series || parts.length === 0) return null;
  const index = parts.findIndex((part) => part.slug === post.slug);
  return (
    <nav aria-label={uiText.article.seriesTitle(post.series)} className="series-nav" data-testid="series">
      <p className="font-bold">
        <a href={`/series/${slugify(post.series)}/`} className="underline-offset-4 hover:text-accent hover:underline">
          {uiText.article.seriesTitle(post.series)}
        </a>
      </p>
      <p className="text-sm text-muted">{uiText.article.seriesPart(toPersianDigits(index + 1), toPersianDigits(parts.length))}</p>
      <ol className="series-list">
        {parts.map((part) =>
          part.slug === post.slug ? (
            <li key={part.slug} aria-current="page" className="font-bold">
              {part.title} <span className="text-sm font-normal text-muted">({uiText.article.currentPart})</span>
            </li>
          ) : (
            <li key={part.slug}>
              <a href={sitePaths.post(part.slug)}>{part.title}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
