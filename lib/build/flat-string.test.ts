import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { flatString } from './flat-string';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap bytes still held by what `make` returns, after a full collection. */
function retainedBytes(make: () => unknown): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  expect(kept).toBeDefined();
  return after - before;
}

/** A string as a renderer builds one: thousands of short Persian pieces joined one by one. */
function builtPiecewise(seed: number): string {
  let html = '';
  for (let index = 0; index < 20_000; index++) html += `<p>بند ${seed + index}</p>`;
  return html;
}

describe('flatString', () => {
  it('returns the same text', () => {
    const text = builtPiecewise(1);
    expect(flatString(text)).toBe(text);
    expect(flatString('')).toBe('');
  });

  it('holds a string built piece by piece in less memory than its pieces took', () => {
    const pieces = retainedBytes(() => Array.from({ length: 40 }, (_, index) => builtPiecewise(index)));
    const flat = retainedBytes(() => Array.from({ length: 40 }, (_, index) => flatString(builtPiecewise(index))));
    // The text itself: 40 strings of about 330,000 UTF-16 units.
    expect(flat).toBeLessThan(40 * 340_000 * 2 * 1.2);
    expect(flat).toBeLessThan(pieces / 2);
  });
});
