import { SEARCH_QUERY_INPUT_ID, SEARCH_TITLE_ID } from '@/lib/browser/search/markup';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { uiText } from '@/lib/ui-text';

/**
 * The search page's query box: a plain GET form without JavaScript; the search script then fills
 * it from the address, keeps the form on the page and shows results as the reader types.
 */
export function SearchForm() {
  return (
    <form action="/search/" method="get" role="search" aria-labelledby={SEARCH_TITLE_ID} className="mt-6 flex">
      <label htmlFor={SEARCH_QUERY_INPUT_ID} className="sr-only">
        {uiText.search.inputLabel}
      </label>
      <input
        id={SEARCH_QUERY_INPUT_ID}
        type="search"
        name="q"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={uiText.search.placeholder}
        aria-keyshortcuts="/ Control+K"
        aria-describedby="search-help"
        enterKeyHint="search"
        autoComplete="off"
        className="w-full min-w-0 rounded-s-lg border border-line bg-page px-4 py-2.5 text-base"
      />
      <button type="submit" className="rounded-e-lg border border-s-0 border-line bg-surface px-4 py-2.5">
        {uiText.search.submit}
      </button>
      <span id="search-help" className="sr-only">
        {uiText.search.intro}
      </span>
    </form>
  );
}
