/**
 * The contract between the search markup the server renders (components/search/) and the
 * scripts that bring it to life (this folder): ids and data attributes, in one place so the two
 * cannot drift apart. Constants only, safe to import from server components.
 */

/** The header's search box, on every page. */
export const SITE_SEARCH_INPUT_ID = 'site-search';
/** The search page's own box. */
export const SEARCH_QUERY_INPUT_ID = 'search-query';
/** The search page's heading names its form: the header's search landmark has its own name. */
export const SEARCH_TITLE_ID = 'search-title';

/** Data attributes (as written in JSX) and the selectors that find them. */
export const searchHooks = {
  /** The header's search form. */
  headerForm: 'data-header-search',
  /** The header's drop-down, hidden until the reader types. */
  headerResults: 'data-header-results',
  /** The search page's panel: form, status, hints and results. */
  page: 'data-search-page',
  /** The live region announcing loading, failure or the count. */
  status: 'data-search-status',
  /** The list results are rendered into. */
  results: 'data-search-results',
  /** The header's link to every result on the search page. */
  allResults: 'data-search-all',
  /**
   * A hidden element holding one result's markup (an `<li>`) that the script copies; its parts
   * are marked with `data-slot`. Not a `<template>`: React cannot hydrate one.
   */
  hitTemplate: 'data-search-hit',
  slot: 'data-slot',
  /** The search page's hints, each shown in one state. */
  intro: 'data-search-intro',
  truncated: 'data-search-truncated',
  noResults: 'data-search-no-results',
  partial: 'data-search-partial',
  shown: 'data-search-shown',
} as const;

export const hook = (name: keyof typeof searchHooks): string => `[${searchHooks[name]}]`;

/** The parts of a result template the script fills. */
export type HitSlot = 'link' | 'title' | 'date' | 'passage';

/** Props spreading a data attribute onto an element (`<ol {...hookProps('results')}>`). */
export const hookProps = (name: keyof typeof searchHooks) => ({ [searchHooks[name]]: '' });
/** One element may be several slots (`slotProps('link', 'title')`); found with `[data-slot~=…]`. */
export const slotProps = (...slots: HitSlot[]) => ({ [searchHooks.slot]: slots.join(' ') });
