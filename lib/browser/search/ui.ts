import { SearchEngine } from './engine';
import { HeaderDropdown } from './header-dropdown';
import { hook } from './markup';
import { SearchPage } from './search-page';

/**
 * The part of search loaded on first use (see index.ts): one engine for the page, and the header
 * drop-down and search page driven through listeners on the document, so markup that arrives
 * later (a client-side navigation to the search page) is served too.
 */

let started = false;
const headers = new WeakMap<Element, HeaderDropdown | undefined>();
const pages = new WeakMap<Element, SearchPage | undefined>();

const engine = new SearchEngine(() => {
  for (const form of document.querySelectorAll(hook('headerForm'))) headerOf(form)?.draw();
  for (const root of document.querySelectorAll(hook('page'))) pageOf(root)?.draw();
});

export function startSearchUi(): void {
  if (started) return;
  started = true;
  document.addEventListener('input', (event) => {
    headerAround(event.target)?.onInput();
    pageAround(event.target)?.onInput(event);
  });
  document.addEventListener('keydown', (event) => {
    headerAround(event.target)?.onKeyDown(event);
    pageAround(event.target)?.onKeyDown(event);
  });
  document.addEventListener('focusin', (event) => headerAround(event.target)?.onFocusIn(event));
  document.addEventListener('focusout', (event) => headerAround(event.target)?.onFocusOut(event));
  document.addEventListener('click', (event) => headerAround(event.target)?.onClick(event));
  // What the reader typed, or the page's `?q=`, while this module was on its way.
  for (const form of document.querySelectorAll(hook('headerForm'))) headerOf(form)?.sync();
  for (const root of document.querySelectorAll(hook('page'))) pageOf(root)?.sync();
}

function headerAround(target: EventTarget | null): HeaderDropdown | undefined {
  const form = target instanceof Element ? target.closest(hook('headerForm')) : null;
  return form ? headerOf(form) : undefined;
}

function pageAround(target: EventTarget | null): SearchPage | undefined {
  const root = target instanceof Element ? target.closest(hook('page')) : null;
  return root ? pageOf(root) : undefined;
}

function headerOf(form: Element): HeaderDropdown | undefined {
  if (!headers.has(form)) headers.set(form, form instanceof HTMLFormElement ? HeaderDropdown.attach(form, engine) : undefined);
  return headers.get(form);
}

function pageOf(root: Element): SearchPage | undefined {
  if (!pages.has(root)) pages.set(root, SearchPage.attach(root, engine));
  return pages.get(root);
}
