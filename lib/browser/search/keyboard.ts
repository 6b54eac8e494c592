/** The search box, in the positions `arrowStep` works with; results are 0, 1, 2… */
export const BOX = -1;

/**
 * Where ↑/↓ move the focus among a search box and `count` results below it: ↓ from the box to
 * the first result, ↓/↑ between results (stopping at the last), ↑ from the first back to the
 * box. `undefined` when the key has nothing to do here (the browser keeps its own meaning).
 */
export function arrowStep(current: number, count: number, key: string): number | undefined {
  if ((key !== 'ArrowDown' && key !== 'ArrowUp') || count === 0) return undefined;
  if (current === BOX) return key === 'ArrowDown' ? 0 : undefined;
  if (current < 0 || current >= count) return undefined;
  if (key === 'ArrowUp') return current - 1;
  return Math.min(count - 1, current + 1);
}

/** The position of the focused element for `arrowStep`: the box, a result, or `undefined` (neither). */
export function focusPosition(focused: Element | null, box: Element, results: readonly Element[]): number | undefined {
  if (focused === box) return BOX;
  const index = focused ? results.indexOf(focused) : -1;
  return index >= 0 ? index : undefined;
}
