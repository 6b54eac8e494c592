import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { renderArticleBody } from '@/components/mdx/article-body';
import { getArticleLinks, getPostBySlug, getPublishedPosts } from '@/lib/content/posts';
import { JsonLd } from '@/components/seo/JsonLd';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { articleJsonLd, breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata, postSocialImage } from '@/lib/seo/page-metadata';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

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
  return {
    ...pageMetadata({
      title: post.title,
      description: post.description,
      path: sitePaths.post(post.slug),
      // The generated card, not the cover: it carries the title and works for SVG covers too.
      image: postSocialImage(post.slug, post.title),
      openGraph: {
        type: 'article',
        publishedTime: post.date.toISOString(),
        modifiedTime: (post.lastmod ?? post.date).toISOString(),
        authors: post.authors.length > 0 ? post.authors : [site.author],
        tags: post.tags,
      },
    }),
    authors: (post.authors.length > 0 ? post.authors : [site.author]).map((name) => ({ name })),
  };
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const posts = getPublishedPosts();
  const post = getPostBySlug(slug);
  if (!post) notFound();
  const body = await renderArticleBody(post);
  const url = absoluteUrl(sitePaths.post(post.slug));
  return (
    <>
      <JsonLd
        data={[
          articleJsonLd({
            post,
            url,
            imageUrl: postSocialImage(post.slug, post.title).url,
            siteName: site.name,
            siteUrl: absoluteUrl(sitePaths.home),
            defaultAuthor: site.author,
            language: site.language,
          }),
          breadcrumbJsonLd([
            { name: uiText.nav.home, url: absoluteUrl(sitePaths.home) },
            { name: post.title, url },
          ]),
        ]}
      />
      <ArticleView post={post} body={body} links={getArticleLinks(post, posts, site.relatedCount)} />
    </>
  );
}
