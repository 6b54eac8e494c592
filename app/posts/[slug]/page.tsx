import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { getCanonicalSlug, getPostBySlug, getPublishedPosts } from '@/lib/content/posts';
import { site } from '@/lib/site';
// Only article pages can hold math: other pages do not download KaTeX's stylesheet.
import 'katex/dist/katex.min.css';

type Props = { params: Promise<{ slug: string }> };

// Slugs are passed decoded: hand-encoding them breaks non-ASCII routes (vercel/next.js#92192).
export function generateStaticParams() {
  return getPublishedPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  if (!post) return {};
  const url = `/posts/${post.slug}/`;
  return {
    title: post.title,
    description: post.description,
    alternates: { canonical: url },
    authors: post.authors.map((name) => ({ name })),
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
      images: post.cover ? [{ url: post.cover.src, width: post.cover.width, height: post.cover.height, alt: post.cover.alt }] : undefined,
    },
  };
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const post = getPostBySlug(slug);
  if (!post) {
    // `/posts/جست‌وجوی-دودویی/` (folder name, with its ZWNJ) → `/posts/جست-وجوی-دودویی/`.
    const canonical = getCanonicalSlug(slug);
    // Location headers must be ASCII: percent-encode the Persian slug.
    if (canonical) permanentRedirect(`/posts/${encodeURIComponent(canonical)}/`);
    notFound();
  }
  return <ArticleView post={post} />;
}
