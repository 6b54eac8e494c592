import type { Options, SearchOptions } from 'minisearch';
import { indexTerms, queryTerms } from './tokenize';

/** The fields an article is found by, most telling first. */
export const SEARCH_FIELDS = ['title', 'headings', 'tags', 'body'] as const;

/** One article as MiniSearch indexes it; `id` is its place in the index file's `documents`. */
export type IndexedArticle = { id: number } & Record<(typeof SEARCH_FIELDS)[number], string>;

export const searchOptions: SearchOptions = {
  tokenize: queryTerms,
  processTerm: (term) => term,
  // A word in the title outweighs the same word in a heading, a tag, then the body.
  boost: { title: 6, headings: 3, tags: 2, body: 1 },
  // Search as you type: a started word finds its completions (one letter would find everything).
  prefix: (term) => term.length >= 2,
  // One typo in words of six letters or more, two from twelve; shorter Persian words are too close
  // to each other (`زبانی`/`زمانی`, `کتاب`/`کباب`) for a typo to be told from another word.
  fuzzy: (term) => (term.length >= 12 ? 2 : term.length >= 6 ? 1 : false),
  combineWith: 'AND',
};

/** Index and query go through the same Persian normaliser and tokenizer (lib/search/tokenize.ts). */
export const miniSearchOptions: Options<IndexedArticle> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize: indexTerms,
  processTerm: (term) => term,
  searchOptions,
};
