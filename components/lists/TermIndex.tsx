import type { Term } from '@/lib/content/posts';
import { formatPersianNumber } from '@/lib/persian/digits';
import { uiText } from '@/lib/ui-text';

/** Every tag or category as a chip with its article count. */
export function TermIndex({ title, terms, basePath }: { title: string; terms: Term[]; basePath: string }) {
  return (
    <section className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-extrabold">{title}</h1>
      <ul className="mt-6 flex flex-wrap gap-3">
        {terms.map((term) => (
          <li key={term.slug}>
            <a href={`${basePath}${term.slug}/`} className="tag-chip">
              {term.name} <span className="text-muted">({uiText.tags.count(formatPersianNumber(term.count))})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
