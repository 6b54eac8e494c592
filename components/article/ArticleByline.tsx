import type { Post } from '@/lib/content/posts';
import { uiText } from '@/lib/ui-text';

/** Who wrote the article and under which categories (Hugo `author(s)`, `categories`), when given. */
export function ArticleByline({ post }: { post: Pick<Post, 'authors' | 'categories'> }) {
  if (post.authors.length === 0 && post.categories.length === 0) return null;
  return (
    <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted" data-testid="byline">
      {post.authors.length > 0 ? (
        <span data-testid="authors">
          {uiText.byline.authors} {post.authors.join('، ')}
        </span>
      ) : null}
      {post.categories.length > 0 ? (
        <span data-testid="categories">
          {uiText.byline.categories} {post.categories.join('، ')}
        </span>
      ) : null}
    </p>
  );
}
