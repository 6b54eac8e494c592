import { loadSearcher } from '@/lib/search/load-searcher';
import type { Searcher } from '@/lib/search/search';

/**
 * The page's one search engine, shared by the header and the search page: the index and the
 * shards a query needs are fetched when the reader asks, and `onChange` runs when they arrive
 * or fail.
 */
export class SearchEngine {
  searcher: Searcher | undefined;
  failed = false;
  /** The latest query asked for: an older download that fails no longer concerns the reader. */
  private latest: string | undefined;

  constructor(private readonly onChange: () => void) {}

  /** Whether `query` can be answered in full now. */
  ready(query: string): boolean {
    return this.searcher?.covers(query) === true;
  }

  /** Starts the downloads a reader's query needs; after a failure, the next query tries again. */
  request(query: string): void {
    if (this.ready(query) || this.latest === query) return;
    this.latest = query;
    this.failed = false;
    loadSearcher(query).then(
      (searcher) => {
        // Each engine covers every shard loaded before it: the last to arrive knows the most.
        this.searcher = searcher;
        if (this.latest === query) {
          this.latest = undefined;
          this.failed = false;
        }
        this.onChange();
      },
      () => {
        if (this.latest !== query) return;
        this.latest = undefined;
        this.failed = true;
        this.onChange();
      },
    );
  }
}
