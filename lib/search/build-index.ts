import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import type { ArticlePlainText } from '@/lib/content/plain-text';
import type { Post } from '@/lib/content/posts';
import { formatJalaliDate, toIsoDate } from '@/lib/persian/date';
import {
  SEARCH_PASSAGES_PATH,
  SEARCH_SHARDS_PATH,
  shardKey,
  type SearchIndexFile,
  type SearchShardFile,
  type SearchTermEntries,
} from './index-file';
import { miniSearchOptions, type IndexedArticle } from './options';
import { sitePaths } from '@/lib/seo/absolute-url';
import { settledOncePerObject } from '@/lib/build/once-per-object';

export interface SearchData {
  index: SearchIndexFile;
  /** Each article's plain text, by the file name its `passage` URL ends in. */
  passages: Map<string, string>;
  /** The index's terms by first letter, by the file name their URL in `index.shards` ends in. */
  shards: Map<string, SearchShardFile>;
}

/** An article and what a reader can read in it. */
export type SearchDocument = { post: Post } & ArticlePlainText;

/**
 * The search index of these articles and their passages, built at build time and served as
 * static files: the index on a reader's first search, the shards of the words they type, a
 * passage for each result shown.
 */
export function buildSearchData(documents: readonly SearchDocument[]): SearchData {
  const miniSearch = new MiniSearch<IndexedArticle>(miniSearchOptions);
  miniSearch.addAll(indexedArticles(documents));
  const passages = new Map<string, string>();
  const { index: terms, ...head } = miniSearch.toJSON();
  const { shards, urls } = splitTerms(terms);
  const index: SearchIndexFile = {
    version: 2,
    head,
    shards: urls,
    documents: documents.map(({ post, text }, id) => {
      const file = `${id}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.json`;
      passages.set(file, text);
      return {
        url: sitePaths.post(post.slug),
        title: post.title,
        date: toIsoDate(post.date),
        dateLabel: formatJalaliDate(post.date),
        passage: `${SEARCH_PASSAGES_PATH}${file}`,
      };
    }),
  };
  return { index, passages, shards };
}

/** The articles as MiniSearch indexes them; `id` is the article's place in `documents`. */
export function indexedArticles(documents: readonly SearchDocument[]): IndexedArticle[] {
  return documents.map(({ post, headings, text }, id) => ({
    id,
    title: post.title,
    headings: headings.join('\n'),
    // Every name an author files the article under: tags, categories and its series.
    tags: [...post.tags, ...post.categories, post.series ?? ''].join('\n'),
    body: text,
  }));
}

/** Every shard by its key, as `createSearcher` takes them: the whole index (for tests and the benchmark). */
export function shardsByKey(data: SearchData): Map<string, SearchShardFile> {
  return new Map(Object.entries(data.index.shards).map(([key, url]) => [key, data.shards.get(url.slice(SEARCH_SHARDS_PATH.length))!]));
}

/** The terms by `shardKey`, each shard named by its key and a hash of its content (never stale). */
function splitTerms(terms: SearchTermEntries): { shards: Map<string, SearchShardFile>; urls: Record<string, string> } {
  const byKey = new Map<string, SearchTermEntries>();
  for (const entry of terms) {
    const key = shardKey(entry[0]);
    let entries = byKey.get(key);
    if (!entries) byKey.set(key, (entries = []));
    entries.push(entry);
  }
  const shards = new Map<string, SearchShardFile>();
  const urls: Record<string, string> = {};
  for (const [key, entries] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const shard: SearchShardFile = { terms: entries };
    const file = `${key}-${createHash('sha256').update(JSON.stringify(shard)).digest('hex').slice(0, 12)}.json`;
    shards.set(file, shard);
    urls[key] = `${SEARCH_SHARDS_PATH}${file}`;
  }
  return { shards, urls };
}

/** An article's text for search; the site passes the compiled article's. */
type PlainTextOf = (post: Post) => ArticlePlainText | Promise<ArticlePlainText>;

/** On `globalThis`: the index route and the passage routes are separate bundles, each with this module. */
const buildOnce = settledOncePerObject('__persianSearchData', async (posts: readonly Post[], plainTextOf: PlainTextOf) => {
  // One article after another: started together, a thousand compilations in flight held their
  // trees at once, and the prerendering worker peaked about 100 MB higher at 1,000 articles.
  const articles: SearchDocument[] = [];
  for (const post of posts) articles.push({ post, ...(await plainTextOf(post)) });
  return buildSearchData(articles);
});

/**
 * Memoised per list of posts: the index route and every passage route share one build.
 * `plainTextOf` gives an article's text; the site passes the compiled article's, so search
 * reads the tree its page is made from (and a warm build reads it from the compile cache).
 */
export function getSearchData(posts: readonly Post[], plainTextOf: PlainTextOf): Promise<SearchData> {
  return buildOnce(posts, plainTextOf);
}
