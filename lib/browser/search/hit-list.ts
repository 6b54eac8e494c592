import { loadPassage } from '@/lib/search/load-searcher';
import type { SearchEngine } from './engine';
import type { SearchHit } from '@/lib/search/search';
import { hook, searchHooks, type HitSlot } from './markup';
import { markedNodes } from './marked-text';

/**
 * Fills a result list with copies of the page's hidden result (`prototype`): links, marked titles
 * and dates at once, then each passage as its article's text arrives (fetched for the results on
 * screen only).
 */
export function renderHits(list: HTMLElement, prototype: Element, hits: readonly SearchHit[], passageLength: number): void {
  list.replaceChildren(...hits.map((hit) => hitItem(prototype, hit, passageLength)));
  list.hidden = hits.length === 0;
}

function hitItem(prototype: Element, hit: SearchHit, passageLength: number): Element {
  const item = prototype.cloneNode(true) as Element;
  const document = item.ownerDocument;
  for (const link of slots(item, 'link')) link.setAttribute('href', hit.document.url);
  for (const title of slots(item, 'title')) title.replaceChildren(...markedNodes(document, hit.title));
  for (const date of slots(item, 'date')) {
    date.setAttribute('datetime', hit.document.date);
    date.textContent = hit.document.dateLabel;
  }
  const passages = slots(item, 'passage');
  if (passages.length > 0) {
    loadPassage(hit, passageLength).then(
      (parts) => {
        // A list redrawn since (the reader typed on) has new items; this one is gone.
        for (const passage of passages) if (passage.isConnected) passage.replaceChildren(...markedNodes(document, parts));
      },
      // Without its passage a result still shows its title and date.
      () => {},
    );
  }
  return item;
}

const slots = (item: Element, slot: HitSlot): Element[] => [...item.querySelectorAll(`[${searchHooks.slot}~="${slot}"]`)];

export interface PanelParts {
  status: HTMLElement;
  list: HTMLElement;
  /** The hidden result each shown one is copied from. */
  prototype: Element;
}

/**
 * The parts of a search panel (header drop-down or search page) the script writes into: its live
 * region and list inside `panel`, the hidden result anywhere in `container`.
 */
export function panelParts(panel: Element, container: Element = panel): PanelParts | undefined {
  const status = panel.querySelector<HTMLElement>(hook('status'));
  const list = panel.querySelector<HTMLElement>(hook('results'));
  const prototype = container.querySelector(`${hook('hitTemplate')} li`);
  if (!status || !list || !prototype) return undefined;
  return { status, list, prototype };
}

/** Where a query stands with its part of the index: what a panel draws, and when it must redraw. */
export function queryState(engine: SearchEngine, searched: string): 'ready' | 'loading' | 'failed' | 'idle' {
  if (engine.ready(searched)) return 'ready';
  if (engine.failedFor(searched)) return 'failed';
  return searched ? 'loading' : 'idle';
}

/**
 * While a query's part of the index downloads, the results of the query before it stay on
 * screen, dimmed and marked busy for assistive technology, instead of vanishing for that moment
 * and coming back: typing a new word often needs a new part (the index is split by first letter).
 */
export function markBusy(list: HTMLElement, busy: boolean): void {
  if (busy) list.setAttribute('aria-busy', 'true');
  else list.removeAttribute('aria-busy');
}

/** Rewrites a live region only when its words change, so it is not announced again for nothing. */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
