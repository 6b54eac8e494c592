import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostCard } from '@/components/article/PostCard';
import { decodeRouteParam, getAllTags, getPostsByTag, getPublishedPosts } from '@/lib/content/posts';
import { JsonLd } from '@/components/seo/JsonLd';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { uiText } from '@/lib/ui-text';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags(getPublishedPosts()).map((tag) => ({ tag: tag.slug }));
}

function findTag(param: string) {
  const slug = decodeRouteParam(param);
  return getAllTags(getPublishedPosts()).find((tag) => tag.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = findTag((await params).tag);
  return tag
    ? pageMetadata({
        title: uiText.tags.tagTitle(tag.name),
        path: sitePaths.tag(tag.slug),
        feeds: [{ url: sitePaths.tagFeed(tag.slug), title: uiText.feeds.tagRss(tag.name) }],
      })
    : {};
}

export default async function TagPage({ params }: Props) {
  const tag = findTag((await params).tag);
  if (!tag) notFound();
  const posts = getPostsByTag(tag.slug, getPublishedPosts());
  return (
    <section className="mx-auto max-w-3xl py-8">
      <JsonLd
        data={breadcrumbJsonLd([
          { name: uiText.nav.home, url: absoluteUrl(sitePaths.home) },
          { name: uiText.tags.title, url: absoluteUrl(sitePaths.tags) },
          { name: tag.name, url: absoluteUrl(sitePaths.tag(tag.slug)) },
        ])}
      />
      <h1 className="text-2xl font-extrabold">{uiText.tags.tagTitle(tag.name)}</h1>
      <div className="divide-y divide-line">
        {posts.map((post) => (
          <PostCard key={post.slug} post={post} />
        ))}
      </div>
    </section>
  );
}
