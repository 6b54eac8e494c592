import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveSearch, type SearchServer } from '@/lib/search/test-server';

let server: SearchServer;

beforeEach(() => void (server = serveSearch()));
afterEach(() => void vi.unstubAllGlobals());

/** A fresh engine (and loader: a new page view), and a promise of its next change. */
async function newEngine() {
  const { SearchEngine } = await import('./engine');
  let changed: () => void = () => {};
  const engine = new SearchEngine(() => changed());
  const nextChange = () => new Promise<void>((resolve) => (changed = resolve));
  return { engine, nextChange };
}

describe('SearchEngine', () => {
  it('reports a failed download for its own query only, not for one it can answer', async () => {
    const { engine, nextChange } = await newEngine();
    let change = nextChange();
    engine.request('git');
    await change;
    expect(engine.ready('git')).toBe(true);
    // «merge» needs another shard, whose download fails.
    server.failOnce.add(server.shardUrl('merge'));
    change = nextChange();
    engine.request('git merge');
    await change;
    expect(engine.failedFor('git merge')).toBe(true);
    expect(engine.ready('git merge')).toBe(false);
    // Back to «git»: answered, and not a failure.
    expect(engine.failedFor('git')).toBe(false);
    expect(engine.searcherFor('git')!.search('git').total).toBeGreaterThan(0);
    // Asked again, the failed query is downloaded again.
    change = nextChange();
    engine.request('git merge');
    expect(engine.failedFor('git merge')).toBe(false);
    await change;
    expect(engine.ready('git merge')).toBe(true);
  });

  it('settles each of two queries asked at once (the header and the search page), even when one fails', async () => {
    const { engine, nextChange } = await newEngine();
    server.failOnce.add(server.shardUrl('rebase'));
    let settled = 0;
    const both = new Promise<void>((resolve) => {
      const count = () => (++settled === 2 ? resolve() : void nextChange().then(count));
      void nextChange().then(count);
    });
    engine.request('rebase');
    engine.request('ChatGPT');
    await both;
    expect(engine.failedFor('rebase')).toBe(true);
    expect(engine.ready('ChatGPT')).toBe(true);
  });
});
