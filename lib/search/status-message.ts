import { formatPersianNumber } from '@/lib/persian/digits';
import type { SearchOutcome } from '@/lib/search/search';
import { uiText } from '@/lib/ui-text';

/** What the live region announces for a query: loading, failure, no result or the count. */
export function searchStatusMessage(searched: string, state: { failed: boolean; ready: boolean; outcome?: SearchOutcome }): string {
  if (!searched) return '';
  if (state.failed) return uiText.search.loadFailed;
  if (!state.ready || !state.outcome) return uiText.search.loading;
  if (state.outcome.total === 0) return uiText.search.noResults(searched);
  return uiText.search.resultCount(formatPersianNumber(state.outcome.total), searched);
}
