import { PostCard } from '@/components/article/PostCard';
import type { Post } from '@/lib/content/posts';
import type { ListPage } from '@/lib/content/pagination';
import { uiText } from '@/lib/ui-text';
import { Pagination } from './Pagination';

/**
 * One page of a list of articles (home, a tag, a category). It receives only the page's own
 * posts and renders them with server components, so neither its HTML nor its RSC payload
 * grows with the archive.
 */
export function PostList({ title, page, basePath }: { title: string; page: ListPage<Post>; basePath: string }) {
  return (
    <section className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-extrabold">{title}</h1>
      {page.items.length === 0 ? (
        <p className="mt-6 text-muted">{uiText.home.empty}</p>
      ) : (
        <div className="divide-y divide-line">
          {page.items.map((post, index) => (
            <PostCard key={post.slug} post={post} priority={page.number === 1 && index === 0} />
          ))}
        </div>
      )}
      <Pagination page={page} basePath={basePath} />
    </section>
  );
}
