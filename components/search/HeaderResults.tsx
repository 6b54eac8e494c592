import { hookProps, slotProps } from '@/lib/browser/search/markup';
import { uiText } from '@/lib/ui-text';
import { MARKED_TEXT_CLASS } from './marked-text';

/** The prototypes' links need an address of their own (crawlers flag an `<a>` without one); each copy gets its result's. */
const SEARCH_PAGE = '/search/';

/**
 * The drop-down's parts: the live region (in the page from the start, so each new count is
 * announced), the list of the best few results (built from HeaderResultPrototype) and the link
 * to all of them on the search page.
 */
export function HeaderResults() {
  return (
    <div className="absolute inset-x-0 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-line bg-page text-sm shadow-lg sm:start-auto sm:w-96">
      <div role="status" className="px-3 py-2 text-muted" {...hookProps('status')} />
      <ul
        aria-label={uiText.search.resultsLabel}
        className={`divide-y divide-line border-t border-line aria-busy:opacity-60 motion-safe:transition-opacity ${MARKED_TEXT_CLASS}`}
        {...hookProps('results')}
        hidden
      />
      {/* A full page load: the search page reads its query from the address as it opens. */}
      <a
        href={SEARCH_PAGE}
        className="block border-t border-line px-3 py-2 font-bold text-accent hover:bg-surface"
        {...hookProps('allResults')}
        hidden
      >
        {uiText.search.allResults}
      </a>
    </div>
  );
}

/**
 * One result of the drop-down, never shown: the search script copies it for each result. A
 * hidden element rather than a `<template>`, which React cannot hydrate. Kept outside the
 * drop-down, so nothing looking for its results finds this one.
 */
export function HeaderResultPrototype() {
  return (
    <div {...hookProps('hitTemplate')} hidden>
      <ul>
        <li>
          <a href={SEARCH_PAGE} className="block px-3 py-2 hover:bg-surface focus-visible:bg-surface" {...slotProps('link')}>
            <span className="block font-bold leading-6" {...slotProps('title')} />
            <span className="mt-1 block leading-6 text-muted-strong" {...slotProps('passage')} />
          </a>
        </li>
      </ul>
    </div>
  );
}
