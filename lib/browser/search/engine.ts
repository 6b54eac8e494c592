import { loadSearch, type LoadedSearch } from '@/lib/search/load-searcher';
import type { Searcher } from '@/lib/search/search';

/**
 * The page's one search engine, shared by the header and the search page: the index and the
 * shards a query needs are fetched when the reader asks, and `onChange` runs when they arrive
 * or fail. Readiness and failure are per query: the header and the page may ask for different
 * ones, and a query that failed may share nothing with the next.
 */
export class SearchEngine {
  private loaded: LoadedSearch | undefined;
  private readonly pending = new Set<string>();
  private readonly failed = new Set<string>();

  constructor(private readonly onChange: () => void) {}

  /** An engine that answers `query` in full, once its shards are here. */
  searcherFor(query: string): Searcher | undefined {
    return this.loaded?.searcherFor(query);
  }

  ready(query: string): boolean {
    return this.searcherFor(query) !== undefined;
  }

  /** Whether the last download for `query` failed (the reader's next keystroke tries again). */
  failedFor(query: string): boolean {
    return this.failed.has(query) && !this.ready(query);
  }

  /** Starts the downloads a reader's query needs. */
  request(query: string): void {
    if (this.ready(query) || this.pending.has(query)) return;
    this.pending.add(query);
    this.failed.delete(query);
    loadSearch(query)
      .then(
        (loaded) => void (this.loaded = loaded),
        () => void this.failed.add(query),
      )
      .finally(() => {
        this.pending.delete(query);
        this.onChange();
      });
  }
}
