import type { SearchPassageFile } from './index-file';
import { SEARCH_INDEX_PATH, type SearchIndexFile } from './index-file';
import { createSearcher, type SearchHit, type Searcher } from './search';
import { snippet, type TextPart } from './snippet';

/**
 * The search engine as the browser uses it. This module, MiniSearch with it, is imported
 * dynamically by the search UI when a reader starts searching, never on page load.
 */

let loading: Promise<Searcher> | undefined;

/** Downloads the index once per page view. */
export function loadSearcher(): Promise<Searcher> {
  loading ??= fetchJson<SearchIndexFile>(SEARCH_INDEX_PATH)
    .then(createSearcher)
    .catch((error: unknown) => {
      // A failed download (a flaky connection) is retried on the reader's next keystroke.
      loading = undefined;
      throw error;
    });
  return loading;
}

const texts = new Map<string, Promise<string>>();

/** A result's passage, with its matched words marked; the article's text is fetched once. */
export function loadPassage(hit: SearchHit, length: number): Promise<TextPart[]> {
  const url = hit.document.passage;
  let text = texts.get(url);
  if (!text) {
    text = fetchJson<SearchPassageFile>(url).then((file) => file.text);
    text.catch(() => texts.delete(url));
    texts.set(url, text);
  }
  return text.then((value) => snippet(value, new Set(hit.terms), length));
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
