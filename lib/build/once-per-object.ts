/**
 * `make(key)` run once per key object in this process, however many route bundles ask. Next
 * bundles each route separately, each with its own copy of a module, so the results are kept
 * in a WeakMap on `globalThis` under `name`, shared by every copy (and dropped with the key).
 */
export function oncePerObject<Key extends object, Value>(name: string, make: (key: Key) => Value): (key: Key) => Value {
  const store = globalThis as unknown as Record<string, WeakMap<Key, Value> | undefined>;
  const made = (store[name] ??= new WeakMap<Key, Value>());
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}
