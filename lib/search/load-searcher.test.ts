import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPublishedPosts } from '@/lib/content/posts';
import { articlePlainText } from '@/lib/content/plain-text';
import { buildSearchData, type SearchData } from './build-index';
import { SEARCH_INDEX_PATH, SEARCH_SHARDS_PATH, shardKey } from './index-file';

/** The site's real articles, served from memory as the build serves them. */
const data: SearchData = buildSearchData(getPublishedPosts().map((post) => ({ post, ...articlePlainText(post) })));

let requested: string[];
/** URLs that answer 503 once, as a flaky connection would. */
let failOnce: Set<string>;

beforeEach(() => {
  requested = [];
  failOnce = new Set();
  // Each test gets the module afresh: what it has downloaded lives for one page view.
  vi.resetModules();
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    if (failOnce.delete(url)) return new Response('busy', { status: 503 });
    if (url === SEARCH_INDEX_PATH) return Response.json(data.index);
    const shard = data.shards.get(url.slice(SEARCH_SHARDS_PATH.length));
    return shard ? Response.json(shard) : new Response('Not found', { status: 404 });
  });
});

afterEach(() => void vi.unstubAllGlobals());

const loader = () => import('./load-searcher');
const shardUrl = (word: string) => data.index.shards[shardKey(word.toLowerCase())]!;

describe('loadSearcher', () => {
  it('downloads the head and the shards of the query’s words, and only those', async () => {
    const { loadSearcher } = await loader();
    const searcher = await loadSearcher('git merge');
    expect(requested.sort()).toEqual([SEARCH_INDEX_PATH, shardUrl('git'), shardUrl('merge')].sort());
    expect(searcher.covers('git merge')).toBe(true);
    expect(searcher.search('git merge').hits[0]!.document.url).toBe('/posts/git-rebase-va-merge/');
  });

  it('fetches a shard once per page view, and only the new ones for a longer query', async () => {
    const { loadSearcher } = await loader();
    await loadSearcher('مر');
    await loadSearcher('مرتب');
    expect(requested).toEqual([SEARCH_INDEX_PATH, shardUrl('مرتب')]);
    const searcher = await loadSearcher('مرتب ادغامی');
    expect(requested).toEqual([SEARCH_INDEX_PATH, shardUrl('مرتب'), shardUrl('ادغامی')]);
    // A later engine still knows what the earlier queries loaded.
    expect(searcher.covers('مرتب')).toBe(true);
    expect(searcher.search('مرتب ادغامی').hits[0]!.document.url).toBe('/posts/مرتب-سازی-ادغامی/');
  });

  it('retries a shard whose download failed on the next query', async () => {
    const { loadSearcher } = await loader();
    failOnce.add(shardUrl('rebase'));
    await expect(loadSearcher('rebase')).rejects.toThrow(/503/);
    const searcher = await loadSearcher('rebase');
    expect(requested.filter((url) => url === shardUrl('rebase'))).toHaveLength(2);
    expect(searcher.search('rebase').hits[0]!.document.url).toBe('/posts/git-rebase-va-merge/');
  });

  it('answers a word no indexed term begins with from the head alone', async () => {
    const { loadSearcher } = await loader();
    // Greek: no article has a word in it.
    expect(data.index.shards[shardKey('ωμέγα')]).toBeUndefined();
    const searcher = await loadSearcher('ωμέγα');
    expect(requested).toEqual([SEARCH_INDEX_PATH]);
    expect(searcher.covers('ωμέγα')).toBe(true);
    expect(searcher.search('ωμέγα').total).toBe(0);
  });
});
