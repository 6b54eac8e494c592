import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPublishedPosts } from '@/lib/content/posts';
import { articlePlainText } from '@/lib/content/plain-text';
import { buildSearchData } from './build-index';
import { SEARCH_INDEX_PATH, shardKey } from './index-file';
import { realSearchData, serveSearch, type SearchServer } from './test-server';

const data = realSearchData();
let server: SearchServer;

beforeEach(() => void (server = serveSearch(data)));
afterEach(() => void vi.unstubAllGlobals());

// A fresh module each test: what it has downloaded lives for one page view.
const loader = () => import('./load-searcher');
const GIT = '/posts/git-rebase-va-merge/';
const MERGE_SORT = '/posts/مرتب-سازی-ادغامی/';

describe('loadSearch', () => {
  it('downloads the head and the shards of the query’s words, and only those', async () => {
    const { loadSearch } = await loader();
    const loaded = await loadSearch('git merge');
    expect(server.requested.sort()).toEqual([SEARCH_INDEX_PATH, server.shardUrl('git'), server.shardUrl('merge')].sort());
    expect(loaded.searcherFor('git merge')!.search('git merge').hits[0]!.document.url).toBe(GIT);
    // Another letter is not there yet: no engine claims to answer it.
    expect(loaded.searcherFor('rebase')).toBeUndefined();
  });

  it('fetches a shard once per page view, and only the new ones for a longer query', async () => {
    const { loadSearch } = await loader();
    await loadSearch('مر');
    await loadSearch('مرتب');
    expect(server.requested).toEqual([SEARCH_INDEX_PATH, server.shardUrl('مرتب')]);
    const loaded = await loadSearch('مرتب ادغامی');
    expect(server.requested).toEqual([SEARCH_INDEX_PATH, server.shardUrl('مرتب'), server.shardUrl('ادغامی')]);
    expect(loaded.searcherFor('مرتب ادغامی')!.search('مرتب ادغامی').hits[0]!.document.url).toBe(MERGE_SORT);
  });

  it('answers a query from its own shards, whatever the reader typed before', async () => {
    const { loadSearch } = await loader();
    // «الگوریتم» with its first letter mistyped: its terms are in another shard, so it finds nothing…
    const typo = 'بلگوریتم';
    const fresh = (await loadSearch(typo)).searcherFor(typo)!.search(typo);
    expect(fresh.total).toBe(0);
    // …and still nothing once that shard is here for another query: the same words, the same answer.
    await loadSearch('الگوریتم');
    expect((await loadSearch(typo)).searcherFor(typo)!.search(typo)).toEqual(fresh);
  });

  it('retries a shard whose download failed on the next query', async () => {
    const { loadSearch } = await loader();
    server.failOnce.add(server.shardUrl('rebase'));
    await expect(loadSearch('rebase')).rejects.toThrow(/503/);
    const loaded = await loadSearch('rebase');
    expect(server.requested.filter((url) => url === server.shardUrl('rebase'))).toHaveLength(2);
    expect(loaded.searcherFor('rebase')!.search('rebase').hits[0]!.document.url).toBe(GIT);
  });

  it('fetches the head again, past the browser cache, when its shards are gone after a deploy', async () => {
    const { loadSearch } = await loader();
    const before = await loadSearch('git');
    // A new deploy: a copy of the git article more, so every shard's name changes, and the old ones are gone.
    const posts = getPublishedPosts();
    const git = posts.find((post) => `/posts/${post.slug}/` === GIT)!;
    const redeployed = buildSearchData([...posts, { ...git, slug: 'rebase-again' }].map((post) => ({ post, ...articlePlainText(post) })));
    expect(redeployed.index.shards[shardKey('rebase')]).not.toBe(data.index.shards[shardKey('rebase')]);
    server.deploy(redeployed);
    const loaded = await loadSearch('rebase');
    expect(server.headCacheModes).toEqual([undefined, 'reload']);
    const urls = loaded
      .searcherFor('rebase')!
      .search('rebase')
      .hits.map((hit) => hit.document.url);
    expect(urls).toContain('/posts/rebase-again/');
    // What an earlier call answered also sees the new index, not a mix of the two.
    expect(before.searcherFor('rebase')!.search('rebase')).toEqual(loaded.searcherFor('rebase')!.search('rebase'));
  });

  it('answers a word no indexed term begins with from the head alone', async () => {
    const { loadSearch } = await loader();
    // Greek: no article has a word in it.
    expect(data.index.shards[shardKey('ωμέγα')]).toBeUndefined();
    const loaded = await loadSearch('ωμέγα');
    expect(server.requested).toEqual([SEARCH_INDEX_PATH]);
    expect(loaded.searcherFor('ωμέγα')!.search('ωμέγα').total).toBe(0);
  });
});
