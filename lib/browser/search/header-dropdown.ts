import { trimQuery } from '@/lib/search/query';
import { searchStatusMessage } from '@/lib/search/status-message';
import { searchPageHref } from './address';
import type { SearchEngine } from './engine';
import { markBusy, queryState, panelParts, renderHits, setText, type PanelParts } from './hit-list';
import { arrowStep, BOX, focusPosition } from './keyboard';
import { hook, SITE_SEARCH_INPUT_ID } from './markup';

const SHOWN = 5;
const PASSAGE_LENGTH = 110;

/**
 * The header's drop-down of the best few results as the reader types; the search page has the
 * full list. Keyboard: ↓/↑ move between the box and the results, Esc closes, Enter in the box
 * sends the form to the search page.
 */
export class HeaderDropdown {
  private open = false;
  private drawn: string | undefined;

  private constructor(
    private readonly form: HTMLFormElement,
    private readonly input: HTMLInputElement,
    private readonly dropDown: HTMLElement,
    private readonly parts: PanelParts,
    private readonly allResults: HTMLAnchorElement | null,
    private readonly engine: SearchEngine,
  ) {}

  static attach(form: HTMLFormElement, engine: SearchEngine): HeaderDropdown | undefined {
    const input = form.querySelector<HTMLInputElement>(`#${SITE_SEARCH_INPUT_ID}`);
    const dropDown = form.querySelector<HTMLElement>(hook('headerResults'));
    const parts = dropDown && panelParts(dropDown, form);
    if (!input || !dropDown || !parts) return undefined;
    return new HeaderDropdown(form, input, dropDown, parts, dropDown.querySelector<HTMLAnchorElement>(hook('allResults')), engine);
  }

  /** Catches up with what the reader did before this script arrived. */
  sync(): void {
    this.open = this.input === document.activeElement && this.input.value.trim() !== '';
    this.draw(true);
  }

  onInput(): void {
    this.open = this.input.value.trim() !== '';
    this.draw(true);
  }

  onFocusIn(event: FocusEvent): void {
    // Drawn, not only shown: the box may hold a query the browser restored (back to this page).
    if (event.target === this.input) this.sync();
  }

  onFocusOut(event: FocusEvent): void {
    if (!this.form.contains(event.relatedTarget as Node | null)) this.close();
  }

  onClick(event: MouseEvent): void {
    if (event.target instanceof Element && event.target.closest('a') && this.dropDown.contains(event.target)) this.close();
  }

  onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.close();
      this.input.focus();
      return;
    }
    const links = this.links();
    const current = focusPosition(document.activeElement, this.input, links);
    const next = current === undefined ? undefined : arrowStep(current, links.length, event.key);
    if (next === undefined) return;
    event.preventDefault();
    (next === BOX ? this.input : links[next]!).focus();
  }

  /** Redraws for the box's query (the engine's index arrived, or the reader typed). */
  draw(readersQuery = false): void {
    const searched = trimQuery(this.input.value);
    const { engine } = this;
    if (searched && readersQuery) engine.request(searched);
    const queried = queryState(engine, searched);
    const ready = queried === 'ready';
    const loading = queried === 'loading';
    const state = `${searched}\n${queried}`;
    if (state !== this.drawn) {
      this.drawn = state;
      const outcome = searched && ready ? engine.searcherFor(searched)?.search(searched, { limit: SHOWN }) : undefined;
      setText(this.parts.status, searchStatusMessage(searched, { failed: engine.failedFor(searched), ready, outcome }));
      markBusy(this.parts.list, loading);
      if (!loading) renderHits(this.parts.list, this.parts.prototype, outcome?.hits ?? [], PASSAGE_LENGTH);
      if (this.allResults) {
        if (!loading) this.allResults.hidden = !outcome || outcome.total === 0;
        this.allResults.href = searchPageHref(searched);
      }
    }
    this.show();
  }

  private close(): void {
    this.open = false;
    this.show();
  }

  private show(): void {
    this.dropDown.hidden = !this.open || !this.input.value.trim();
  }

  private links(): HTMLAnchorElement[] {
    return [...this.dropDown.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) => !link.hidden);
  }
}
