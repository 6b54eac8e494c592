import { formatPersianNumber } from '@/lib/persian/digits';
import { MAX_QUERY_LENGTH, trimQuery } from '@/lib/search/query';
import { searchStatusMessage } from '@/lib/search/status-message';
import { uiText } from '@/lib/ui-text';
import { addressWithQuery } from './address';
import type { SearchEngine } from './engine';
import { markBusy, queryState, panelParts, renderHits, setText, type PanelParts } from './hit-list';
import { arrowStep, BOX, focusPosition } from './keyboard';
import { hook, SEARCH_QUERY_INPUT_ID } from './markup';

const PASSAGE_LENGTH = 180;

/**
 * The search page: results as the reader types, the query kept in the address (`?q=`, replaced,
 * not pushed: no history entry per keystroke) so a result list can be linked and reloaded.
 */
export class SearchPage {
  private drawn: string | undefined;

  private constructor(
    private readonly root: Element,
    private readonly input: HTMLInputElement,
    private readonly parts: PanelParts,
    private readonly engine: SearchEngine,
  ) {}

  static attach(root: Element, engine: SearchEngine): SearchPage | undefined {
    const input = root.querySelector<HTMLInputElement>(`#${SEARCH_QUERY_INPUT_ID}`);
    const parts = panelParts(root);
    if (!input || !parts) return undefined;
    return new SearchPage(root, input, parts, engine);
  }

  onInput(event: Event): void {
    if (event.target === this.input) this.sync();
  }

  /** Shows and records the box's query: also what the reader typed before this script arrived. */
  sync(): void {
    const { value } = this.input;
    const recorded = new URLSearchParams(window.location.search).get('q') ?? '';
    if (recorded !== (value.trim() ? value : ''))
      window.history.replaceState(window.history.state, '', addressWithQuery(window.location.href, value));
    this.draw(true);
  }

  onKeyDown(event: KeyboardEvent): void {
    const links = [...this.parts.list.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const current = focusPosition(event.target as Element | null, this.input, links);
    const next = current === undefined ? undefined : arrowStep(current, links.length, event.key);
    if (next === undefined) return;
    event.preventDefault();
    (next === BOX ? this.input : links[next]!).focus();
  }

  /** Redraws for the box's query (the engine's index arrived, or the reader typed). */
  draw(readersQuery = false): void {
    const query = this.input.value;
    const searched = trimQuery(query);
    const { engine } = this;
    if (searched && readersQuery) engine.request(searched);
    const queried = queryState(engine, searched);
    const ready = queried === 'ready';
    const loading = queried === 'loading';
    const state = `${searched}\n${query.trim().length > MAX_QUERY_LENGTH}\n${queried}`;
    if (state === this.drawn) return;
    this.drawn = state;
    const outcome = searched && ready ? engine.searcherFor(searched)?.search(searched) : undefined;
    setText(this.parts.status, searchStatusMessage(searched, { failed: engine.failedFor(searched), ready, outcome }));
    this.toggle('truncated', query.trim().length > MAX_QUERY_LENGTH);
    this.toggle('intro', !searched);
    markBusy(this.parts.list, loading);
    if (loading) return;
    this.toggle('noResults', outcome?.total === 0);
    this.toggle('partial', outcome?.partial === true);
    renderHits(this.parts.list, this.parts.prototype, outcome?.hits ?? [], PASSAGE_LENGTH);
    const shown = this.root.querySelector<HTMLElement>(hook('shown'));
    if (shown) {
      const cut = outcome !== undefined && outcome.total > outcome.hits.length;
      shown.hidden = !cut;
      setText(shown, cut ? uiText.search.shownCount(formatPersianNumber(outcome.hits.length)) : '');
    }
  }

  private toggle(name: 'truncated' | 'intro' | 'noResults' | 'partial', visible: boolean): void {
    const element = this.root.querySelector<HTMLElement>(hook(name));
    if (element) element.hidden = !visible;
  }
}
