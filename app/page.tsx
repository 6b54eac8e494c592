import type { Metadata } from 'next';
import { PostCard } from '@/components/article/PostCard';
import { getPublishedPosts } from '@/lib/content/posts';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = pageMetadata({ path: '/' });

export default function HomePage() {
  const posts = getPublishedPosts();
  return (
    <section className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-extrabold">{uiText.home.title}</h1>
      {posts.length === 0 ? (
        <p className="mt-6 text-muted">{uiText.home.empty}</p>
      ) : (
        <div className="divide-y divide-line">
          {posts.map((post, index) => (
            <PostCard key={post.slug} post={post} priority={index === 0} />
          ))}
        </div>
      )}
    </section>
  );
}
