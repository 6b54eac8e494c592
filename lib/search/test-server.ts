/**
 * For the tests of the browser's search loader and engine: the site's real articles' search
 * files served from memory through a stubbed `fetch`, with a log of what was asked and a way to
 * make a URL fail. (Not a test file itself: vitest only runs `*.test.ts`.)
 */
import { vi } from 'vitest';
import { getPublishedPosts } from '@/lib/content/posts';
import { articlePlainText } from '@/lib/content/plain-text';
import { buildSearchData, type SearchData } from './build-index';
import { SEARCH_INDEX_PATH, SEARCH_SHARDS_PATH, shardKey } from './index-file';

export interface SearchServer {
  data: SearchData;
  /** Every URL fetched, in order. */
  requested: string[];
  /** The `cache` option of each request for the head. */
  headCacheModes: Array<RequestCache | undefined>;
  /** URLs that answer 503 once, as a flaky connection would. */
  failOnce: Set<string>;
  /** Serves this index from now on (a new deploy); the old shards are gone. */
  deploy(data: SearchData): void;
  /** The shard URL a word's terms are in. */
  shardUrl(word: string): string;
}

export const realSearchData = (): SearchData => buildSearchData(getPublishedPosts().map((post) => ({ post, ...articlePlainText(post) })));

/** Stubs `fetch` (undo with `vi.unstubAllGlobals()`) and resets modules, so the loader starts a new page view. */
export function serveSearch(data: SearchData = realSearchData()): SearchServer {
  const server: SearchServer = {
    data,
    requested: [],
    headCacheModes: [],
    failOnce: new Set(),
    deploy: (next) => void (server.data = next),
    shardUrl: (word) => server.data.index.shards[shardKey(word.toLowerCase())]!,
  };
  vi.resetModules();
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    server.requested.push(url);
    if (server.failOnce.delete(url)) return new Response('busy', { status: 503 });
    if (url === SEARCH_INDEX_PATH) {
      server.headCacheModes.push(init?.cache);
      return Response.json(server.data.index);
    }
    const shard = server.data.shards.get(url.slice(SEARCH_SHARDS_PATH.length));
    return shard ? Response.json(shard) : new Response('Not found', { status: 404 });
  });
  return server;
}
