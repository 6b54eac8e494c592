import { hookProps, slotProps } from '@/lib/browser/search/markup';
import { uiText } from '@/lib/ui-text';
import { MARKED_TEXT_CLASS } from './marked-text';

/** The prototypes' links need an address of their own (crawlers flag an `<a>` without one); each copy gets its result's. */
const SEARCH_PAGE = '/search/';

/**
 * The search page's list of matching articles, empty until the search script fills it with copies
 * of the hidden result below: title, date and a passage with the matched words marked.
 */
export function SearchResults() {
  return (
    <>
      <ol
        aria-label={uiText.search.resultsLabel}
        className={`mt-4 divide-y divide-line aria-busy:opacity-60 motion-safe:transition-opacity ${MARKED_TEXT_CLASS}`}
        {...hookProps('results')}
        hidden
      />
      {/* One result, never shown: the script copies it (React cannot hydrate a `<template>`). */}
      <div {...hookProps('hitTemplate')} hidden>
        <ol>
          <li className="py-5">
            <article>
              <h2 className="text-lg font-bold leading-snug">
                <a href={SEARCH_PAGE} className="hover:text-accent focus-visible:text-accent" {...slotProps('link', 'title')} />
              </h2>
              <time className="mt-1 block text-sm text-muted" {...slotProps('date')} />
              <p className="mt-2 min-h-16 leading-8 text-muted-strong" {...slotProps('passage')} />
            </article>
          </li>
        </ol>
      </div>
    </>
  );
}
