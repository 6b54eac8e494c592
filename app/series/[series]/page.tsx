import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SeriesParts } from '@/components/lists/SeriesParts';
import { findTerm, getPublishedPosts, getSeriesParts, getTerms } from '@/lib/content/posts';
import { sitePaths } from '@/lib/seo/absolute-url';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { uiText } from '@/lib/ui-text';

type Props = { params: Promise<{ series: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTerms('series', getPublishedPosts()).map((series) => ({ series: series.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = findTerm('series', (await params).series, getPublishedPosts());
  return series ? pageMetadata({ title: uiText.series.seriesTitle(series.name), path: sitePaths.series(series.slug) }) : {};
}

export default async function SeriesPage({ params }: Props) {
  const posts = getPublishedPosts();
  const series = findTerm('series', (await params).series, posts);
  if (!series) notFound();
  return <SeriesParts name={series.name} parts={getSeriesParts(series.slug, posts)} />;
}
