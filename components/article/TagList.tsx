import Link from 'next/link';
import { slugify } from '@/lib/persian/slug';
import { uiText } from '@/lib/ui-text';

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label={uiText.article.tags} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">{uiText.article.tags}:</span>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <Link prefetch={false} href={`/tags/${slugify(tag)}/`} className="tag-chip" rel="tag">
              {tag}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
