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
  /** The article's plain text, ZWNJs intact, for the highlighted passage. */
  text: string;
}

/** The file served at SEARCH_INDEX_PATH. */
export interface SearchIndexFile {
  version: 1;
  index: AsPlainObject;
  documents: SearchDocument[];
}

export const SEARCH_INDEX_PATH = '/search/index.json';
