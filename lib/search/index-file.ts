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

/** The file served at SEARCH_INDEX_PATH. */
export interface SearchIndexFile {
  version: 1;
  index: AsPlainObject;
  documents: SearchDocument[];
}

export const SEARCH_INDEX_PATH = '/search/index.json';
export const SEARCH_PASSAGES_PATH = '/search/passages/';
