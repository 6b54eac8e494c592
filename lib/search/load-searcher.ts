import type { SearchPassageFile, SearchShardFile } from './index-file';
import { SEARCH_INDEX_PATH, type SearchIndexFile } from './index-file';
import { createSearcher, shardsForQuery, type SearchHit, type Searcher } from './search';
import { snippet, type TextPart } from './snippet';

/**
 * The search engine as the browser uses it. This module, MiniSearch with it, is imported
 * dynamically by the search UI when a reader starts searching, never on page load.
 */

let head: Promise<SearchIndexFile> | undefined;
/** Shards downloaded so far, by key; each is fetched once per page view. */
const loaded = new Map<string, SearchShardFile>();
const loading = new Map<string, Promise<void>>();
let built: { size: number; searcher: Searcher } | undefined;

/**
 * An engine that covers `query`: the index's head once per page view, then the shards of the
 * query's words not fetched yet. Each engine covers every shard loaded before it, so a later
 * one never knows less than an earlier one. A failed download (a flaky connection) is retried
 * on the reader's next keystroke.
 */
export async function loadSearcher(query: string): Promise<Searcher> {
  head ??= fetchJson<SearchIndexFile>(SEARCH_INDEX_PATH).catch((error: unknown) => {
    head = undefined;
    throw error;
  });
  const file = await head;
  await Promise.all(shardsForQuery(file, query).map((key) => loadShard(key, file.shards[key]!)));
  if (built?.size !== loaded.size) built = { size: loaded.size, searcher: createSearcher(file, new Map(loaded)) };
  return built.searcher;
}

function loadShard(key: string, url: string): Promise<void> {
  if (loaded.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = fetchJson<SearchShardFile>(url)
      .then((shard) => void loaded.set(key, shard))
      .finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
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
