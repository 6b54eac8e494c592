import { SEARCH_INDEX_PATH, type SearchIndexFile } from './index-file';
import { createSearcher, type Searcher } from './search';

let loading: Promise<Searcher> | undefined;

/**
 * Downloads the index once per page view. This module, MiniSearch with it, is imported
 * dynamically by the search UI when a reader starts searching, never on page load.
 */
export function loadSearcher(): Promise<Searcher> {
  loading ??= fetch(SEARCH_INDEX_PATH)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then(createSearcher)
    .catch((error: unknown) => {
      // A failed download (a flaky connection) is retried on the reader's next keystroke.
      loading = undefined;
      throw error;
    });
  return loading;
}
