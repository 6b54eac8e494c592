import { AsyncLocalStorage } from 'node:async_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { settledOncePerObject } from './once-per-object';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('settledOncePerObject', () => {
  it('makes a value once per key while it is pending and after, for every copy under the same name', async () => {
    let calls = 0;
    const make = async (key: { id: number }, suffix: string) => `${key.id}${suffix}:${++calls}`;
    const first = settledOncePerObject('__testSettledOnce', make);
    const secondBundle = settledOncePerObject('__testSettledOnce', make);
    const a = { id: 1 };
    const pending = [first(a, '!'), secondBundle(a, '?')];
    expect(await Promise.all(pending)).toEqual(['1!:1', '1!:1']);
    expect(await first(a, '?')).toBe('1!:1');
    expect(await first({ id: 2 }, '!')).toBe('2!:2');
    expect(calls).toBe(2);
  });

  it('gives every later caller the same error', async () => {
    let calls = 0;
    const failing = settledOncePerObject('__testSettledOnceError', async (_key: object) => {
      calls++;
      throw new Error('broken article');
    });
    const key = {};
    await expect(failing(key)).rejects.toThrow('broken article');
    await expect(failing(key)).rejects.toThrow('broken article');
    expect(calls).toBe(1);
  });

  it('lets go of the async context the first caller made it in, as a page render’s stores, once settled', async () => {
    // Next.js prerenders each page inside AsyncLocalStorage stores holding the whole render; a
    // promise made there carries them. The memo must not keep them alive to the end of the build.
    const storage = new AsyncLocalStorage<{ render: Uint8Array }>();
    const memo = settledOncePerObject('__testSettledOnceContext', async (key: { id: number }) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return key.id * 2;
    });
    const key = { id: 21 };
    let renderRef: WeakRef<object> | undefined;
    await (async () => {
      const render = { render: new Uint8Array(1024) };
      renderRef = new WeakRef(render);
      expect(await storage.run(render, () => memo(key))).toBe(42);
    })();
    collectGarbage();
    expect(renderRef!.deref()).toBeUndefined();
    expect(await memo(key)).toBe(42);
  });

  // What the memo is for, on the Node this project runs (20): a promise keeps the stores it was
  // made in. If this fails on a newer Node (24's AsyncContextFrame), the memo's reason is gone.
  it('(the check above fails for a memo that keeps the promise itself)', async () => {
    const storage = new AsyncLocalStorage<{ render: Uint8Array }>();
    const kept = new Map<object, Promise<number>>();
    const key = { id: 21 };
    let renderRef: WeakRef<object> | undefined;
    await (async () => {
      const render = { render: new Uint8Array(1024) };
      renderRef = new WeakRef(render);
      await storage.run(render, () => {
        const made = (async () => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          return 42;
        })();
        kept.set(key, made);
        return made;
      });
    })();
    collectGarbage();
    expect(renderRef!.deref()).toBeDefined();
    expect(kept.size).toBe(1);
  });
});
