import type { SearchPassageFile, SearchShardFile } from './index-file';
import { SEARCH_INDEX_PATH, type SearchIndexFile } from './index-file';
import { createSearcher, shardsForQuery, type SearchHit, type Searcher } from './search';
import { snippet, type TextPart } from './snippet';

/**
 * The search engine as the browser uses it. This module, MiniSearch with it, is imported
 * dynamically by the search UI when a reader starts searching, never on page load.
 */

/** What this page view has downloaded of the index: its head, and shards by key. */
interface Downloaded {
  head: Promise<SearchIndexFile>;
  /** The head, once it has arrived. */
  file?: SearchIndexFile;
  shards: Map<string, SearchShardFile>;
  pending: Map<string, Promise<void>>;
  /** Engines by the set of shards they are made of (a query answers from its own shards only). */
  engines: Map<string, Searcher>;
}

/** The index as downloaded so far; `searcherFor` answers once a query's shards are all there. */
export interface LoadedSearch {
  /** An engine made of exactly `query`'s shards, or undefined while one of them is missing. */
  searcherFor(query: string): Searcher | undefined;
}

let downloaded: Downloaded | undefined;

/** Engines kept per page view: the sets of shards a reader's last few queries needed. */
const KEPT_ENGINES = 8;

/**
 * Downloads what `query` needs: the index's head once per page view, then the shards of its
 * words not fetched yet (each once). A failed download (a flaky connection) is retried on the
 * reader's next keystroke. A shard that is gone (404) means the head is from an earlier deploy
 * (browsers keep it for an hour): the head is fetched again past the cache, once.
 */
export async function loadSearch(query: string): Promise<LoadedSearch> {
  try {
    return await download(query, false);
  } catch (error) {
    if (!(error instanceof ShardGoneError)) throw error;
    return download(query, true);
  }
}

async function download(query: string, fresh: boolean): Promise<LoadedSearch> {
  if (!downloaded || fresh) {
    const state: Downloaded = {
      head: fetchJson<SearchIndexFile>(SEARCH_INDEX_PATH, fresh ? { cache: 'reload' } : undefined),
      shards: new Map(),
      pending: new Map(),
      engines: new Map(),
    };
    downloaded = state;
    state.head.catch(() => {
      if (downloaded === state) downloaded = undefined;
    });
  }
  const state = downloaded;
  const file = (state.file = await state.head);
  await Promise.all(shardsForQuery(file, query).map((key) => downloadShard(state, key, file.shards[key]!)));
  return loadedSearch;
}

/**
 * Always the page view's latest download: after a head fetched again (a deploy), an answer
 * to an earlier call still sees the new index, never the old one's documents.
 */
const loadedSearch: LoadedSearch = {
  searcherFor(query) {
    const state = downloaded;
    return state?.file ? searcherFor(state, state.file, query) : undefined;
  },
};

function downloadShard(state: Downloaded, key: string, url: string): Promise<void> {
  if (state.shards.has(key)) return Promise.resolve();
  let pending = state.pending.get(key);
  if (!pending) {
    pending = fetchJson<SearchShardFile>(url)
      .then((shard) => void state.shards.set(key, shard))
      .finally(() => state.pending.delete(key));
    state.pending.set(key, pending);
  }
  return pending;
}

function searcherFor(state: Downloaded, file: SearchIndexFile, query: string): Searcher | undefined {
  const keys = shardsForQuery(file, query).sort();
  if (!keys.every((key) => state.shards.has(key))) return undefined;
  const set = keys.join(',');
  let searcher = state.engines.get(set);
  if (!searcher) {
    searcher = createSearcher(file, new Map(keys.map((key) => [key, state.shards.get(key)!])));
    if (state.engines.size >= KEPT_ENGINES) state.engines.delete(state.engines.keys().next().value!);
    state.engines.set(set, searcher);
  }
  return searcher;
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

class ShardGoneError extends Error {}

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (response.status === 404 && url !== SEARCH_INDEX_PATH) throw new ShardGoneError(`${url}: HTTP 404`);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
