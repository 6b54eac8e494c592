import { hookProps, SITE_SEARCH_INPUT_ID } from '@/lib/browser/search/markup';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { uiText } from '@/lib/ui-text';
import { HeaderSearch } from './HeaderSearch';

/**
 * The header's search box: a plain form that opens /search/?q=… (so it works without
 * JavaScript). On every page it brings only the keyboard shortcut and a small listener
 * (lib/browser/search); the drop-down's results, the search engine and the index load once the
 * reader types.
 */
export function SearchBox() {
  return (
    <form
      action="/search/"
      method="get"
      role="search"
      aria-label={uiText.search.formLabel}
      className="relative flex w-full min-w-0 items-center sm:w-auto"
      {...hookProps('headerForm')}
    >
      <label htmlFor={SITE_SEARCH_INPUT_ID} className="sr-only">
        {uiText.search.inputLabel}
      </label>
      <input
        id={SITE_SEARCH_INPUT_ID}
        type="search"
        name="q"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={uiText.search.placeholder}
        title={uiText.search.shortcutHint}
        aria-keyshortcuts="/ Control+K"
        enterKeyHint="search"
        autoComplete="off"
        className="min-h-11 min-w-0 flex-1 rounded-s-md border border-line bg-page px-3 py-1.5 text-sm sm:w-44 sm:flex-none"
      />
      <button type="submit" className="min-h-11 rounded-e-md border border-s-0 border-line bg-surface px-3 py-1.5 text-sm">
        {uiText.search.submit}
      </button>
      <HeaderSearch />
    </form>
  );
}
