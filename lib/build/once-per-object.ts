type Settling<Value> = { settled: false; pending: Promise<Value> } | { settled: true; value: Value };

/**
 * `make(key, ...rest)` run once per key object in this process, however many route bundles
 * ask: only the first caller's `rest` is used. Next bundles each route separately, each with
 * its own copy of a module, so the results are kept in a WeakMap on `globalThis` under `name`,
 * shared by every copy (and dropped with the key).
 *
 * The value is kept once it is there, not the promise of it. On Node 20 and 22 a promise
 * carries the async context it was made in (AsyncLocalStorage copies its stores onto every
 * promise), and Next.js prerenders each page inside stores that hold the whole render: its
 * payload, HTML and segments. Kept in the memo, the promise made while prerendering an
 * article's page kept that page alive to the end of the build (with the search text gathered
 * one article at a time, 190 MB less peak memory at 1,000 articles).
 * A rejected promise is kept as it is, render and all, so every later caller gets the same
 * error: a broken article ends a build, and `next dev` makes a new key when it is edited.
 */
export function settledOncePerObject<Key extends object, Rest extends unknown[], Value>(
  name: string,
  make: (key: Key, ...rest: Rest) => Promise<Value>,
): (key: Key, ...rest: Rest) => Promise<Value> {
  const made = storeNamed<Key, Settling<Value>>(name);
  return (key, ...rest) => {
    const known = made.get(key);
    if (known) return known.settled ? Promise.resolve(known.value) : known.pending;
    const pending = make(key, ...rest);
    made.set(key, { settled: false, pending });
    pending.then(
      (value) => made.set(key, { settled: true, value }),
      () => {
        // Handled by the callers, who get `pending` itself; without this, the promise `then`
        // returns would be an unhandled rejection.
      },
    );
    return pending;
  };
}

/**
 * The suffix keeps these entries apart from the bare promises the same names held before, which
 * a `next dev` server running across the change still has on its `globalThis`.
 */
function storeNamed<Key extends object, Value>(name: string): WeakMap<Key, Value> {
  const store = globalThis as unknown as Record<string, WeakMap<Key, Value> | undefined>;
  return (store[`${name}:settled`] ??= new WeakMap<Key, Value>());
}
