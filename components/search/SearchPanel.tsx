'use client';

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatPersianNumber } from '@/lib/persian/digits';
import type { Searcher } from '@/lib/search/search';
import { MAX_QUERY_LENGTH, trimQuery } from '@/lib/search/query';
import { uiText } from '@/lib/ui-text';
import { SearchForm, SEARCH_QUERY_INPUT_ID } from './SearchForm';
import { SearchResults } from './SearchResults';

type IndexStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The search page: the query lives in the URL (`?q=`), so a result list can be linked; it is
 * read here, in the browser, because the page itself is one static file. (Read after hydration
 * rather than through useSearchParams, whose Suspense fallback would swap the search box under
 * a reader who is already typing in it.) The engine and its index are fetched on the first
 * query, not when the page opens empty.
 */
export function SearchPanel() {
  const [query, setQuery] = useState('');
  const [searcher, setSearcher] = useState<Searcher>();
  const [status, setStatus] = useState<IndexStatus>('idle');
  const listRef = useRef<HTMLOListElement>(null);

  const startLoading = useCallback(() => {
    if (status === 'loading' || status === 'ready') return;
    setStatus('loading');
    import('@/lib/search/load-searcher')
      .then(({ loadSearcher }) => loadSearcher())
      .then(
        (loaded) => {
          setSearcher(loaded);
          setStatus('ready');
        },
        () => setStatus('failed'),
      );
  }, [status]);

  useEffect(() => {
    const linked = new URLSearchParams(window.location.search).get('q') ?? '';
    if (!linked) return;
    setQuery(linked);
    startLoading();
    // Only for the query the page opened with; later ones start loading as they are typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onQueryChange = (value: string) => {
    setQuery(value);
    if (value.trim()) startLoading();
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

  let message = '';
  if (searched && status === 'loading') message = uiText.search.loading;
  else if (searched && status === 'failed') message = uiText.search.loadFailed;
  else if (outcome && outcome.total === 0) message = uiText.search.noResults(searched);
  else if (outcome) message = uiText.search.resultCount(formatPersianNumber(outcome.total), searched);

  return (
    <>
      <SearchForm
        value={query}
        onChange={onQueryChange}
        onKeyDown={onInputKeyDown}
        onSubmit={(event) => event.preventDefault()}
      />
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
      {outcome && outcome.hits.length > 0 ? (
        <SearchResults ref={listRef} hits={outcome.hits} onKeyDown={onListKeyDown} />
      ) : null}
      {outcome && outcome.total > outcome.hits.length ? (
        <p className="mt-4 text-sm text-muted">{uiText.search.shownCount(formatPersianNumber(outcome.hits.length))}</p>
      ) : null}
    </>
  );
}
