import type { FormEventHandler, KeyboardEventHandler } from 'react';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { uiText } from '@/lib/ui-text';

export const SEARCH_QUERY_INPUT_ID = 'search-query';
/** The search page's heading names its form: the header's search landmark has its own name. */
export const SEARCH_TITLE_ID = 'search-title';

interface SearchFormProps {
  value?: string;
  onChange?: (value: string) => void;
  onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
  onSubmit?: FormEventHandler<HTMLFormElement>;
}

/**
 * The search page's query box: a plain GET form before the page's script runs (and without
 * JavaScript); the search panel then drives it and shows results as the reader types.
 */
export function SearchForm({ value, onChange, onKeyDown, onSubmit }: SearchFormProps) {
  return (
    <form action="/search/" method="get" role="search" aria-labelledby={SEARCH_TITLE_ID} onSubmit={onSubmit} className="mt-6 flex">
      <label htmlFor={SEARCH_QUERY_INPUT_ID} className="sr-only">
        {uiText.search.inputLabel}
      </label>
      <input
        id={SEARCH_QUERY_INPUT_ID}
        type="search"
        name="q"
        value={value}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        onKeyDown={onKeyDown}
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
