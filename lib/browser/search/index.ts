import { afterHydration } from '../hydration';
import { hook, SEARCH_QUERY_INPUT_ID, SITE_SEARCH_INPUT_ID } from './markup';
import { onSearchShortcut } from './shortcut';

/**
 * Search without a framework, on any build of the site. This entry is what every page loads: the
 * `/` and Ctrl+K shortcut and a listener on the search boxes. The rest (the drop-down and results
 * page, MiniSearch, the Persian tokenizer, then the index) is a separate chunk, imported when a
 * reader first focuses or types in a search box, or opens the search page with a `?q=`.
 */

let installed = false;
let ui: Promise<void> | undefined;

/** Call once per page load; later calls do nothing. */
export function installSearch(): void {
  if (installed) return;
  installed = true;
  document.addEventListener('keydown', onSearchShortcut);
  document.addEventListener('submit', keepSearchPageForm);
  // Delegated, so a search page reached by client-side navigation is found too.
  document.addEventListener('focusin', onFirstUse);
  document.addEventListener('input', onFirstUse);
  openLinkedQuery();
}

/** The search page opened with `?q=`: its box shows the query, and its results come. */
function openLinkedQuery(): void {
  const box = document.getElementById(SEARCH_QUERY_INPUT_ID);
  const linked = new URLSearchParams(window.location.search).get('q') ?? '';
  if (!(box instanceof HTMLInputElement) || !linked.trim()) return;
  box.value = linked;
  startUi();
}

function onFirstUse(event: Event): void {
  const target = event.target;
  if (target instanceof HTMLInputElement && (target.id === SITE_SEARCH_INPUT_ID || target.id === SEARCH_QUERY_INPUT_ID)) startUi();
}

/** With the script running, the search page's form answers in place instead of reloading. */
function keepSearchPageForm(event: SubmitEvent): void {
  if (event.target instanceof Element && event.target.closest(hook('page'))) event.preventDefault();
}

function startUi(): void {
  ui ??= afterHydration()
    .then(() => import('./ui'))
    .then(
      ({ startSearchUi }) => startSearchUi(),
      () => {
        // A failed download (a flaky connection) is retried on the reader's next use of a box.
        ui = undefined;
      },
    );
}
