import type { Metadata } from 'next';
import { getPublishedPosts, getSeriesParts, getTerms } from '@/lib/content/posts';
import { toPersianDigits } from '@/lib/persian/digits';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { uiText } from '@/lib/ui-text';
import { sitePaths } from '@/lib/seo/absolute-url';

export const metadata: Metadata = pageMetadata({ title: uiText.series.title, path: '/series/' });

/** Every series with its parts in order: series are short, so the index shows them all. */
export default function SeriesIndexPage() {
  const posts = getPublishedPosts();
  return (
    <section className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-extrabold">{uiText.series.title}</h1>
      <ul className="mt-6 space-y-8">
        {getTerms('series', posts).map((series) => (
          <li key={series.slug}>
            <h2 className="text-lg font-bold">
              <a href={`/series/${series.slug}/`} className="hover:text-accent">
                {uiText.series.seriesTitle(series.name)}
              </a>{' '}
              <span className="text-sm font-normal text-muted">({uiText.series.partCount(toPersianDigits(series.count))})</span>
            </h2>
            <ol className="series-list mt-2">
              {getSeriesParts(series.slug, posts).map((part) => (
                <li key={part.slug}>
                  <a href={sitePaths.post(part.slug)} className="underline-offset-4 hover:underline">
                    {part.title}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
