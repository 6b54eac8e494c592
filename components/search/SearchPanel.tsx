'use client';

import { useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { formatPersianNumber } from '@/lib/persian/digits';
import type { Searcher } from '@/lib/search/search';
import { MAX_QUERY_LENGTH, trimQuery } from '@/lib/search/query';
import { uiText } from '@/lib/ui-text';
import { SearchForm, SEARCH_QUERY_INPUT_ID } from './SearchForm';
import { SearchResults } from './SearchResults';
import { searchStatusMessage } from './status-message';

/** The `?q=` the page was opened with; the page is one static file, so only the browser knows. */
const readLinkedQuery = () => new URLSearchParams(window.location.search).get('q') ?? '';
const noLinkedQueryOnServer = () => '';
const neverChanges = () => () => {};

/**
 * The search page: the query lives in the URL (`?q=`), so a result list can be linked. It is read
 * in the browser after hydration (not through useSearchParams, whose Suspense fallback would
 * swap the search box under a reader already typing in it). The engine and its index are
 * fetched once there is a query, not when the page opens empty.
 */
export function SearchPanel() {
  const linkedQuery = useSyncExternalStore(neverChanges, readLinkedQuery, noLinkedQueryOnServer);
  const [typedQuery, setTypedQuery] = useState<string>();
  const query = typedQuery ?? linkedQuery;
  const [searcher, setSearcher] = useState<Searcher>();
  const [failed, setFailed] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  const wantsIndex = query.trim() !== '';
  useEffect(() => {
    if (!wantsIndex || searcher || failed) return;
    let current = true;
    import('@/lib/search/load-searcher')
      .then(({ loadSearcher }) => loadSearcher())
      .then(
        (loaded) => current && setSearcher(loaded),
        () => current && setFailed(true),
      );
    return () => {
      current = false;
    };
  }, [wantsIndex, searcher, failed]);

  const onQueryChange = (value: string) => {
    setTypedQuery(value);
    // After a failed download, the next keystroke tries again.
    setFailed(false);
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    // Replaced, not pushed: no history entry per keystroke.
    window.history.replaceState(null, '', url);
  };

  const deferredQuery = useDeferredValue(query);
  const searched = trimQuery(deferredQuery);
  const outcome = useMemo(() => (searcher && searched ? searcher.search(searched) : undefined), [searcher, searched]);

  const focusResult = (index: number) => {
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>('a[href]');
    if (!links || links.length === 0) return;
    links[Math.max(0, Math.min(index, links.length - 1))]!.focus();
  };
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(0);
    }
  };
  const onListKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && current === 0) document.getElementById(SEARCH_QUERY_INPUT_ID)?.focus();
    else focusResult(current + (event.key === 'ArrowDown' ? 1 : -1));
  };

  const message = searchStatusMessage(searched, { failed, ready: searcher !== undefined, outcome });

  return (
    <>
      <SearchForm value={query} onChange={onQueryChange} onKeyDown={onInputKeyDown} onSubmit={(event) => event.preventDefault()} />
      {query.trim().length > MAX_QUERY_LENGTH ? (
        <p className="mt-3 text-sm text-muted">{uiText.search.truncated(formatPersianNumber(MAX_QUERY_LENGTH))}</p>
      ) : null}
      {/* Always in the page, so screen readers announce each new count as it changes. */}
      <div role="status" className="mt-6 font-bold" data-search-status>
        {message}
      </div>
      {!searched ? <p className="mt-2 text-muted">{uiText.search.intro}</p> : null}
      {outcome && outcome.total === 0 ? <p className="mt-2 text-muted">{uiText.search.noResultsHint}</p> : null}
      {outcome && outcome.partial ? <p className="mt-2 text-muted">{uiText.search.partial}</p> : null}
      {outcome && outcome.hits.length > 0 ? <SearchResults ref={listRef} hits={outcome.hits} onKeyDown={onListKeyDown} /> : null}
      {outcome && outcome.total > outcome.hits.length ? (
        <p className="mt-4 text-sm text-muted">{uiText.search.shownCount(formatPersianNumber(outcome.hits.length))}</p>
      ) : null}
    </>
  );
}
