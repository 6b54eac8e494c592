import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostCard } from '@/components/article/PostCard';
import { decodeRouteParam, getAllTags, getPostsByTag, getPublishedPosts } from '@/lib/content/posts';
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
  return tag ? { title: uiText.tags.tagTitle(tag.name), alternates: { canonical: `/tags/${tag.slug}/` } } : {};
}

export default async function TagPage({ params }: Props) {
  const tag = findTag((await params).tag);
  if (!tag) notFound();
  const posts = getPostsByTag(tag.slug, getPublishedPosts());
  return (
    <section className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-extrabold">{uiText.tags.tagTitle(tag.name)}</h1>
      <div className="divide-y divide-line">
        {posts.map((post) => (
          <PostCard key={post.slug} post={post} />
        ))}
      </div>
    </section>
  );
}
