import { describe, expect, it } from 'vitest';
import { arrowStep, BOX, focusPosition } from './keyboard';

describe('arrowStep', () => {
  it('goes down from the box into the results and back up to it', () => {
    expect(arrowStep(BOX, 3, 'ArrowDown')).toBe(0);
    expect(arrowStep(0, 3, 'ArrowDown')).toBe(1);
    expect(arrowStep(1, 3, 'ArrowUp')).toBe(0);
    expect(arrowStep(0, 3, 'ArrowUp')).toBe(BOX);
  });

  it('stops at the last result', () => {
    expect(arrowStep(2, 3, 'ArrowDown')).toBe(2);
  });

  it('leaves the key to the browser when it has nothing to move to', () => {
    expect(arrowStep(BOX, 3, 'ArrowUp')).toBeUndefined();
    expect(arrowStep(BOX, 0, 'ArrowDown')).toBeUndefined();
    expect(arrowStep(0, 3, 'Enter')).toBeUndefined();
    expect(arrowStep(5, 3, 'ArrowDown')).toBeUndefined();
  });
});

describe('focusPosition', () => {
  const box = { name: 'box' } as unknown as Element;
  const results = [{ name: 'a' }, { name: 'b' }] as unknown as Element[];
  it('places the box, a result, or neither (the form’s button)', () => {
    expect(focusPosition(box, box, results)).toBe(BOX);
    expect(focusPosition(results[1]!, box, results)).toBe(1);
    expect(focusPosition({} as Element, box, results)).toBeUndefined();
    expect(focusPosition(null, box, results)).toBeUndefined();
  });
});
