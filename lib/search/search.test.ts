import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPublishedPosts, type Post } from '@/lib/content/posts';
import { articlePlainText } from '@/lib/content/plain-text';
import { buildSearchData, indexedArticles, shardsByKey } from './build-index';
import { shardKey, type SearchIndexFile, type SearchShardFile } from './index-file';
import { miniSearchOptions, type IndexedArticle } from './options';
import { createSearcher, shardsForQuery, type SearchHit, type Searcher } from './search';
import { snippet } from './snippet';

const ZWNJ = '\u200C';
const SEED = '/posts/large-language-models-training/';
const BINARY_SEARCH = '/posts/جست-وجوی-دودویی/';
const MERGE_SORT = '/posts/مرتب-سازی-ادغامی/';
const GIT = '/posts/git-rebase-va-merge/';

let posts: Post[];
let file: SearchIndexFile;
let passages: Map<string, string>;
/** Every shard, by key. */
let shards: Map<string, SearchShardFile>;
/** The whole index. */
let searcher: Searcher;
/** Each article with its text (the build takes the same text from the compile: lib/content/compile.test.ts). */
const documentsOf = (list: Post[]) => list.map((post) => ({ post, ...articlePlainText(post) }));
/** The passage a result shows: its article's text, with the words it matched marked. */
const passageOf = (hit: SearchHit) => snippet(passages.get(hit.document.passage.split('/').pop()!)!, new Set(hit.terms));
/** The engine a browser builds for a first query: the head and the shards of the query's words. */
const searcherFor = (query: string) => createSearcher(file, new Map(shardsForQuery(file, query).map((key) => [key, shards.get(key)!])));
const urls = (query: string) =>
  searcherFor(query)
    .search(query)
    .hits.map((hit) => hit.document.url);

beforeAll(() => {
  // The real articles in content/posts/, through the one list every page uses.
  posts = getPublishedPosts();
  const data = buildSearchData(documentsOf(posts));
  // Served as JSON: search exactly what a browser gets after the round trip.
  file = JSON.parse(JSON.stringify(data.index)) as SearchIndexFile;
  passages = data.passages;
  shards = new Map(JSON.parse(JSON.stringify([...shardsByKey(data)])) as Array<[string, SearchShardFile]>);
  searcher = createSearcher(file, shards);
});

describe('search over the real articles', () => {
  it('indexes every published article', () => {
    expect(file.documents.map((document) => document.url).sort()).toEqual(posts.map((post) => `/posts/${post.slug}/`).sort());
  });

  it.each([
    ['میکنم', SEED],
    [`می${ZWNJ}کنم`, SEED],
    ['می کنم', SEED],
    ['مدل های زبانی', SEED],
    [`مدل${ZWNJ}های زبانی`, SEED],
    ['مدلهای زبانی', SEED],
    ['ChatGPT', SEED],
    ['chatgpt', SEED],
    ['۲۰۱۲', SEED],
    ['2012', SEED],
    ['٢٠١٢', SEED],
    ['جست‌وجوی دودویی', BINARY_SEARCH],
    ['جست وجوی دودویی', BINARY_SEARCH],
    ['مرتب سازی ادغامی', MERGE_SORT],
    ['rebase', GIT],
    ['git merge', GIT],
    ['ناوردای حلقه', BINARY_SEARCH],
    ['Programing Pearls', BINARY_SEARCH], // a typo
    ['الگوریتن دودویی', BINARY_SEARCH], // a typo in Persian
    ['دودو', BINARY_SEARCH], // a started word
    ['Node.js', BINARY_SEARCH],
  ])('«%s» → %s first', (query, expected) => {
    expect(urls(query)[0]).toBe(expected);
  });

  it('finds «كتاب» (Arabic kaf) in exactly the two algorithm articles that write «کتاب»', () => {
    expect(urls('كتاب').sort()).toEqual([BINARY_SEARCH, MERGE_SORT].sort());
    for (const post of posts) {
      const written = post.body.includes('کتاب');
      expect(urls('كتاب').includes(`/posts/${post.slug}/`)).toBe(written);
    }
  });

  it('finds «پايتون» (Arabic yeh) in the articles that write «پایتون»', () => {
    const expected = posts
      .filter((post) => post.body.includes('پایتون') || post.tags.includes('پایتون'))
      .map((post) => `/posts/${post.slug}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(urls('پايتون').sort()).toEqual(expected.sort());
  });

  it('ranks a word in the title above the same word in the body', () => {
    // «ادغامی» is the merge sort article's title; the binary search article only mentions it.
    const found = urls('ادغامی');
    expect(found[0]).toBe(MERGE_SORT);
    expect(found).toContain(BINARY_SEARCH);
  });

  it('shows a passage of the article with the match marked, ZWNJs intact', () => {
    const [hit] = searcher.search('مرتب سازی').hits;
    expect(hit!.document.url).toBe(MERGE_SORT);
    const marked = passageOf(hit!)
      .filter((part) => part.match)
      .map((part) => part.text);
    expect(marked).toContain(`مرتب${ZWNJ}سازی`);
    expect(hit!.title.filter((part) => part.match).map((part) => part.text)).toEqual([`مرتب${ZWNJ}سازی`]);
    expect(hit!.document.dateLabel).toMatch(/^[۰-۹]+ [آ-ی]+ [۰-۹]{4}$/);
  });

  it('marks one-letter words only when the query has nothing longer', () => {
    const marked = (query: string) =>
      passageOf(searcher.search(query).hits[0]!)
        .filter((part) => part.match)
        .map((part) => part.text);
    expect(marked('تقسیم و حل')).not.toContain('و');
    expect(marked('تقسیم و حل')).toContain('تقسیم');
    expect(marked('و')).toContain('و');
  });

  it('answers nothing for nonsense, emptiness or punctuation', () => {
    for (const query of ['ژغژغ', '', '   ', '؟!«»']) expect(searcher.search(query)).toEqual({ hits: [], total: 0, partial: false });
  });

  it('falls back to articles with some of the words when none has them all', () => {
    const outcome = searcher.search('ژغژغ rebase');
    expect(outcome.partial).toBe(true);
    expect(outcome.hits[0]!.document.url).toBe(GIT);
  });

  it('answers a very long query from its first words', () => {
    const outcome = searcher.search(`مرتب‌سازی ادغامی ${'ژغژغ '.repeat(100)}`);
    expect(outcome.hits[0]!.document.url).toBe(MERGE_SORT);
  });

  it('serves each article’s passage under a name that changes with its text', () => {
    for (const document of file.documents) {
      expect(document.passage).toMatch(/^\/search\/passages\/\d+-[0-9a-f]{12}\.json$/);
      expect(passages.get(document.passage.split('/').pop()!)).toBeTruthy();
    }
    const edited = buildSearchData(
      documentsOf(posts.map((post, i) => (i === 0 ? { ...post, body: `${post.body}\n\nیک جملهٔ تازه.` } : post))),
    );
    expect(edited.index.documents[0]!.passage).not.toBe(file.documents[0]!.passage);
    expect(edited.index.documents[1]!.passage).toBe(file.documents[1]!.passage);
  });

  it('answers a query from its own shards exactly as one index of every term would', () => {
    // Built here the way the index was built before it had shards, not from the shards.
    const unsharded = new MiniSearch<IndexedArticle>(miniSearchOptions);
    unsharded.addAll(indexedArticles(documentsOf(posts)));
    const { index: allTerms } = unsharded.toJSON();
    expect([...shards.values()].reduce((count, shard) => count + shard.terms.length, 0)).toBe(allTerms.length);
    const whole = createSearcher(file, new Map([['every term', { terms: allTerms }]]));
    const queries = [
      'میکنم',
      'مدل های زبانی',
      'ChatGPT',
      '۲۰۱۲',
      'جست‌وجوی دودویی',
      'git merge',
      'Programing Pearls',
      'الگوریتن دودویی',
      'دودو',
      'Node.js',
      'كتاب',
      'پايتون',
      'تقسیم و حل',
      'ژغژغ rebase',
      'مرتب سازی ادغامی',
    ];
    for (const query of queries) {
      const own = searcherFor(query);
      expect(own.covers(query), query).toBe(true);
      expect(own.search(query), query).toEqual(whole.search(query));
      expect(shardsForQuery(file, query).length, query).toBeLessThan(shards.size);
    }
    // A word whose first letter is not loaded yet: the engine says it cannot answer in full.
    expect(searcherFor('ChatGPT').covers('مدل')).toBe(false);
  });

  it('keeps each term once, in the shard of its first letter, under a name that changes with the shard', () => {
    const seen = new Set<string>();
    for (const [key, shard] of shards) {
      expect(file.shards[key]).toMatch(new RegExp(`^/search/shards/${key}-[0-9a-f]{12}\\.json$`));
      for (const [term] of shard.terms) {
        expect(shardKey(term)).toBe(key);
        expect(seen.has(term)).toBe(false);
        seen.add(term);
      }
    }
    // Only the shards of the edited article's new word change.
    const edited = buildSearchData(documentsOf(posts.map((post, i) => (i === 0 ? { ...post, body: `${post.body}\n\nژرفنا` } : post))));
    const changed = Object.keys(file.shards).filter((key) => edited.index.shards[key] !== file.shards[key]);
    expect(changed).toEqual([shardKey('ژرفنا')]);
  });

  it('stays small: the index a first search downloads, per article (raw and gzip)', () => {
    const json = JSON.stringify([file, [...shards.values()]]);
    const perArticle = { raw: Buffer.byteLength(json) / posts.length, gzip: gzipSync(json).length / posts.length };
    // Measured at 11.9 KB raw / 2.3 KB gzip per article; a regression that doubles it fails.
    expect(perArticle.raw).toBeLessThan(24_000);
    expect(perArticle.gzip).toBeLessThan(4_600);
  });
});

describe('field weights', () => {
  it('ranks title > headings > tags > body for the same word', () => {
    const miniSearch = new MiniSearch<IndexedArticle>(miniSearchOptions);
    const filler = 'متن معمولی دربارهٔ چیزهای دیگر';
    miniSearch.addAll([
      { id: 0, title: 'نوشته', headings: 'سرفصل', tags: 'برچسب', body: `${filler} کامپایلر` },
      { id: 1, title: 'نوشته', headings: 'سرفصل', tags: 'کامپایلر', body: filler },
      { id: 2, title: 'نوشته', headings: 'کامپایلر', tags: 'برچسب', body: filler },
      { id: 3, title: 'کامپایلر', headings: 'سرفصل', tags: 'برچسب', body: filler },
    ]);
    expect(miniSearch.search('كامپايلر').map((result) => result.id)).toEqual([3, 2, 1, 0]);
  });
});
