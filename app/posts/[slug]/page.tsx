import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { mdxComponents } from '@/components/mdx/components';
import { compileArticle } from '@/lib/content/compile';
import { getArticleLinks, getPostBySlug, getPublishedPosts } from '@/lib/content/posts';
import { site } from '@/lib/site';
// Only article pages can hold math: other pages do not download KaTeX's stylesheet.
import 'katex/dist/katex.min.css';

type Props = { params: Promise<{ slug: string }> };

// Slugs are passed decoded: hand-encoding them breaks non-ASCII routes (vercel/next.js#92192).
// Only the articles that exist: an unknown address is a 404 without rendering anything (and
// without adding to Next's page cache on a running server).
export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  if (!post) return {};
  const url = `/posts/${post.slug}/`;
  // Social sites do not show SVG previews; a raster cover is offered, an SVG one is not.
  const cover = post.cover && !post.cover.src.toLowerCase().endsWith('.svg') ? post.cover : undefined;
  return {
    title: post.title,
    description: post.description,
    alternates: { canonical: url },
    authors: (post.authors.length > 0 ? post.authors : [site.author]).map((name) => ({ name })),
    openGraph: {
      type: 'article',
      url,
      title: post.title,
      description: post.description,
      siteName: site.name,
      locale: site.locale,
      publishedTime: post.date.toISOString(),
      modifiedTime: post.lastmod?.toISOString(),
      tags: post.tags,
      images: cover ? [{ url: cover.src, width: cover.width, height: cover.height, alt: cover.alt }] : undefined,
    },
  };
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const posts = getPublishedPosts();
  const post = getPostBySlug(slug);
  if (!post) notFound();
  const { content, toc } = await compileArticle(post, mdxComponents);
  return <ArticleView post={post} content={content} toc={toc} links={getArticleLinks(post, posts, site.relatedCount)} />;
}
