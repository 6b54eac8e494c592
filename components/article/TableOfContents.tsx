import type { TocEntry } from '@/lib/content/mdx/rehype-heading-ids';
import { uiText } from '@/lib/ui-text';
import { BidiText } from './BidiText';

/**
 * Contents from the article's h2–h3. `inline` is a collapsible box at the top (phones),
 * `side` a sticky list beside the text (wide screens); CSS shows one of them.
 */
export function TableOfContents({ entries, variant }: { entries: TocEntry[]; variant: 'inline' | 'side' }) {
  const list = (
    <ol className="toc-list">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? 'toc-depth-3' : undefined}>
          <a href={`#${entry.id}`}>
            <BidiText text={entry.text} />
          </a>
        </li>
      ))}
    </ol>
  );
  if (variant === 'side') {
    return (
      <nav aria-label={uiText.article.toc} className="toc toc-side-nav" data-toc="">
        <p className="toc-title">{uiText.article.toc}</p>
        {list}
      </nav>
    );
  }
  return (
    <nav aria-label={uiText.article.toc} className="toc toc-inline print:hidden" data-toc="">
      <details>
        <summary className="toc-title">{uiText.article.toc}</summary>
        {list}
      </details>
    </nav>
  );
}
