import { slugify } from '@/lib/persian/slug';
import { uiText } from '@/lib/ui-text';

/** An article's tags (or, given `label` and `basePath`, its categories) as links to their lists. */
export function TagList({ tags, label = uiText.article.tags, basePath = '/tags/' }: { tags: string[]; label?: string; basePath?: string }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">{label}:</span>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <a href={`${basePath}${slugify(tag)}/`} className="tag-chip" rel="tag">
              {tag}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
