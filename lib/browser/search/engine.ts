import { loadSearcher } from '@/lib/search/load-searcher';
import type { Searcher } from '@/lib/search/search';

/**
 * The page's one search engine, shared by the header and the search page: the index is fetched
 * once, on the first query, and `onChange` runs when it arrives or fails.
 */
export class SearchEngine {
  searcher: Searcher | undefined;
  failed = false;
  private pending = false;

  constructor(private readonly onChange: () => void) {}

  /** Starts the download for a reader's query; after a failure, the next query tries again. */
  request(): void {
    if (this.searcher || this.pending) return;
    this.pending = true;
    this.failed = false;
    loadSearcher().then(
      (searcher) => {
        this.searcher = searcher;
        this.settle();
      },
      () => {
        this.failed = true;
        this.settle();
      },
    );
  }

  private settle(): void {
    this.pending = false;
    this.onChange();
  }
}
