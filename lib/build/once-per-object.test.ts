import { describe, expect, it } from 'vitest';
import { oncePerObject } from './once-per-object';

describe('oncePerObject', () => {
  it('makes a value once per key, shared by every copy under the same name (as route bundles are)', () => {
    let calls = 0;
    const make = (key: { id: number }) => ({ id: key.id, call: ++calls });
    const first = oncePerObject('__testOncePerObject', make);
    const secondBundle = oncePerObject('__testOncePerObject', make);
    const a = { id: 1 };
    const b = { id: 2 };
    expect(first(a)).toBe(first(a));
    expect(secondBundle(a)).toBe(first(a));
    expect(first(b)).not.toBe(first(a));
    expect(calls).toBe(2);
    // Another name is another store.
    expect(oncePerObject('__testOncePerObjectOther', make)(a)).not.toBe(first(a));
  });
});
