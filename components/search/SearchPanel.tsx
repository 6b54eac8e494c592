import { hookProps } from '@/lib/browser/search/markup';
import { formatPersianNumber } from '@/lib/persian/digits';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { uiText } from '@/lib/ui-text';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';

/**
 * The search page. The page is one static file, so the query lives in the address (`?q=`, a
 * result list can be linked) and only the browser knows it: the search script
 * (lib/browser/search) reads it, shows each hint in its state, and fetches the engine and its
 * index once there is a query, not when the page opens empty.
 */
export function SearchPanel() {
  return (
    <div {...hookProps('page')}>
      <SearchForm />
      <p className="mt-3 text-sm text-muted" {...hookProps('truncated')} hidden>
        {uiText.search.truncated(formatPersianNumber(MAX_QUERY_LENGTH))}
      </p>
      {/* Always in the page, so screen readers announce each new count as it changes. */}
      <div role="status" className="mt-6 font-bold" {...hookProps('status')} />
      <p className="mt-2 text-muted" {...hookProps('intro')}>
        {uiText.search.intro}
      </p>
      <p className="mt-2 text-muted" {...hookProps('noResults')} hidden>
        {uiText.search.noResultsHint}
      </p>
      <p className="mt-2 text-muted" {...hookProps('partial')} hidden>
        {uiText.search.partial}
      </p>
      <SearchResults />
      <p className="mt-4 text-sm text-muted" {...hookProps('shown')} hidden />
    </div>
  );
}
