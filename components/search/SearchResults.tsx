import Link from 'next/link';
import type { KeyboardEventHandler, Ref } from 'react';
import { BidiText } from '@/components/article/BidiText';
import type { SearchHit } from '@/lib/search/search';
import type { TextPart } from '@/lib/search/snippet';
import { uiText } from '@/lib/ui-text';
import { passageKey, usePassages } from './use-passages';

interface SearchResultsProps {
  hits: SearchHit[];
  ref?: Ref<HTMLOListElement>;
  onKeyDown?: KeyboardEventHandler<HTMLOListElement>;
}

/** Matching articles: title, date and a passage with the matched words marked. */
export function SearchResults({ hits, ref, onKeyDown }: SearchResultsProps) {
  const passages = usePassages(hits, 180);
  return (
    <ol ref={ref} onKeyDown={onKeyDown} aria-label={uiText.search.resultsLabel} className="mt-4 divide-y divide-line" data-search-results>
      {hits.map((hit) => (
        <li key={hit.document.url} className="py-5">
          <article>
            <h2 className="text-lg font-bold leading-snug">
              <Link prefetch={false} href={hit.document.url} className="hover:text-accent focus-visible:text-accent">
                <Marked parts={hit.title} />
              </Link>
            </h2>
            <time dateTime={hit.document.date} className="mt-1 block text-sm text-muted">
              {hit.document.dateLabel}
            </time>
            <p className="mt-2 min-h-16 leading-8 text-muted-strong">
              <Marked parts={passages.get(passageKey(hit)) ?? []} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}

/** Text with the matched words in `<mark>`, Latin tokens isolated as everywhere on the site. */
export function Marked({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-ink dark:bg-amber-300/30">
            <BidiText text={part.text} />
          </mark>
        ) : (
          <BidiText key={index} text={part.text} />
        ),
      )}
    </>
  );
}
