'use client';

import Link from 'next/link';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { loadSearcher } from '@/lib/search/load-searcher';
import { trimQuery } from '@/lib/search/query';
import type { SearchHit, Searcher } from '@/lib/search/search';
import { uiText } from '@/lib/ui-text';
import { Marked } from './SearchResults';
import { passageKey, usePassages } from './use-passages';
import { searchStatusMessage } from './status-message';

const SHOWN = 5;
const NO_HITS: SearchHit[] = [];

/**
 * The header's drop-down of the best few results as the reader types. Loaded on demand (with
 * MiniSearch and the index) by HeaderSearch; the search page has the full list.
 */
export default function HeaderResults({ query, onChoose }: { query: string; onChoose: () => void }) {
  const [searcher, setSearcher] = useState<Searcher>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadSearcher().then(
      (loaded) => current && setSearcher(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);

  const searched = trimQuery(useDeferredValue(query));
  const outcome = useMemo(() => (searcher && searched ? searcher.search(searched, { limit: SHOWN }) : undefined), [searcher, searched]);
  const passages = usePassages(outcome?.hits ?? NO_HITS, 110);
  const message = searchStatusMessage(searched, { failed, ready: searcher !== undefined, outcome });

  return (
    <div
      onClick={(event) => (event.target as HTMLElement).closest('a') && onChoose()}
      className="absolute inset-x-0 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-line bg-page text-sm shadow-lg sm:start-auto sm:w-96"
    >
      <div role="status" className="px-3 py-2 text-muted">
        {message}
      </div>
      {outcome && outcome.hits.length > 0 ? (
        <ul aria-label={uiText.search.resultsLabel} className="divide-y divide-line border-t border-line">
          {outcome.hits.map((hit) => (
            <li key={hit.document.url}>
              <Link prefetch={false} href={hit.document.url} className="block px-3 py-2 hover:bg-surface focus-visible:bg-surface">
                <span className="block font-bold leading-6">
                  <Marked parts={hit.title} />
                </span>
                <span className="mt-1 block leading-6 text-muted-strong">
                  <Marked parts={passages.get(passageKey(hit)) ?? []} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {outcome && outcome.total > 0 ? (
        // A full page load: the search page reads its query from the address as it opens.
        <a
          href={`/search/?q=${encodeURIComponent(searched)}`}
          className="block border-t border-line px-3 py-2 font-bold text-accent hover:bg-surface"
        >
          {uiText.search.allResults}
        </a>
      ) : null}
    </div>
  );
}
