import MiniSearch from 'minisearch';
import { shardKey, type SearchDocument, type SearchIndexFile, type SearchShardFile } from './index-file';
import { miniSearchOptions, type IndexedArticle } from './options';
import { trimQuery } from './query';
import { highlight, type TextPart } from './snippet';
import { queryTerms } from './tokenize';

export interface SearchHit {
  document: SearchDocument;
  title: TextPart[];
  /** The folded index terms this article matched, to mark in its passage. */
  terms: string[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** How many articles matched (more than `hits` when the list was cut at the limit). */
  total: number;
  /** True when no article has every word, and these are articles with some of them. */
  partial: boolean;
}

/**
 * A loaded index that answers queries, over the shards it was given. Pure: fetching the files is
 * the caller's business.
 */
export interface Searcher {
  /** Whether every shard `query` needs is loaded: only then are its results complete. */
  covers(query: string): boolean;
  /** The best `limit` articles for a query, best first. */
  search(query: string, options?: { limit?: number }): SearchOutcome;
}

/**
 * The shards a query needs (keys of `file.shards`): those of its words' first letters. A letter
 * no indexed term begins with has no shard, and its words match nothing.
 */
export function shardsForQuery(file: SearchIndexFile, query: string): string[] {
  const keys = new Set(queryTerms(trimQuery(query)).map(shardKey));
  return [...keys].filter((key) => Object.hasOwn(file.shards, key));
}

/** The index made of the head and the given shards: the whole index, for the words they hold. */
export function createSearcher(file: SearchIndexFile, shards: ReadonlyMap<string, SearchShardFile>): Searcher {
  const miniSearch = MiniSearch.loadJS<IndexedArticle>(
    { ...file.head, index: [...shards.values()].flatMap((shard) => shard.terms) },
    miniSearchOptions,
  );
  return {
    covers: (query) => shardsForQuery(file, query).every((key) => shards.has(key)),
    search(query, { limit = 20 } = {}) {
      const cut = trimQuery(query);
      if (queryTerms(cut).length === 0) return { hits: [], total: 0, partial: false };
      let results = miniSearch.search(cut);
      let partial = false;
      // A long or wordy query rarely has every word in one article; show those with most of them.
      if (results.length === 0 && queryTerms(cut).length > 1) {
        results = miniSearch.search(cut, { combineWith: 'OR' });
        partial = results.length > 0;
      }
      const hits = results.slice(0, limit).flatMap((result) => {
        const document = file.documents[result.id as number];
        if (!document) return [];
        // A one-letter word (`و`, the `n` of `O(n log n)`) is everywhere: marking each would drown
        // the passage, so it is marked only when it is all the reader asked for.
        const longer = result.terms.filter((term) => term.length > 1);
        const terms = longer.length > 0 ? longer : result.terms;
        return [{ document, title: highlight(document.title, new Set(terms)), terms }];
      });
      return { hits, total: results.length, partial };
    },
  };
}
