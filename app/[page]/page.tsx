import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SitePageView } from '@/components/layout/SitePageView';
import { mdxComponents } from '@/components/mdx/components';
import { compileArticle } from '@/lib/content/compile';
import { getSitePageBySlug, getSitePages } from '@/lib/content/pages';
import { sitePaths } from '@/lib/seo/absolute-url';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ page: string }> };

// Only the pages in content/pages/: any other first-level address is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSitePages().map((page) => ({ page: page.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getSitePageBySlug((await params).page);
  return page ? pageMetadata({ title: page.title, description: page.description, path: sitePaths.sitePage(page.slug) }) : {};
}

export default async function SitePage({ params }: Props) {
  const page = getSitePageBySlug((await params).page);
  if (!page) notFound();
  const { content } = await compileArticle(page, mdxComponents);
  return <SitePageView page={page} content={content} />;
}
