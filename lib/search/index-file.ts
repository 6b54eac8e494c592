import type { AsPlainObject } from 'minisearch';

/** What a result shows, kept beside the index so no article page has to be fetched. */
export interface SearchDocument {
  /** `/posts/<slug>/` */
  url: string;
  title: string;
  /** `YYYY-MM-DD` for `<time dateTime>` */
  date: string;
  /** `۱۰ بهمن ۱۴۰۲`, formatted at build time */
  dateLabel: string;
  /**
   * Where the article's plain text is (ZWNJs intact), fetched only for the results on screen
   * so the index stays small. Named after its content, so a cached copy is never stale.
   */
  passage: string;
}

/** The file served at a SearchDocument's `passage`. */
export interface SearchPassageFile {
  text: string;
}

/** MiniSearch's index as `toJSON` gives it: `index` holds every term with its postings. */
export type SearchTermEntries = AsPlainObject['index'];

/**
 * The file served at SEARCH_INDEX_PATH, fetched on a reader's first search: the articles and
 * MiniSearch's index without its terms (document ids, field lengths). The terms are in shards,
 * one per first letter, fetched for the words a reader types: at 1,000 articles the terms are
 * nine tenths of the index, and a query needs the shards of its own words only.
 */
export interface SearchIndexFile {
  version: 2;
  head: Omit<AsPlainObject, 'index'>;
  /** `shardKey` of a first letter → where the terms beginning with it are. */
  shards: Record<string, string>;
  documents: SearchDocument[];
}

/** The file at a shard's URL: the index's terms that begin with one letter. */
export interface SearchShardFile {
  terms: SearchTermEntries;
}

export const SEARCH_INDEX_PATH = '/search/index.json';
export const SEARCH_SHARDS_PATH = '/search/shards/';
export const SEARCH_PASSAGES_PATH = '/search/passages/';

/**
 * The shard a term is in: its first letter's code point, in hex (file names stay ASCII). Prefix
 * matches share the first letter; so do the typos search forgives, but for one in that letter.
 */
export function shardKey(term: string): string {
  return (term.codePointAt(0) ?? 0).toString(16);
}
