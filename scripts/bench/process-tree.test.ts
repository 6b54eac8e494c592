import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRoot, removeRoots } from '@/lib/content/test-fixtures';
import { measureProcessTree, processKind } from './process-tree';

afterAll(removeRoots);

// 0.7 s of CPU (user and system), not of the clock: on a busy machine a second of the clock can
// hold far less. The CPU is read every 100,000 rounds, as reading it is itself a system call.
const busyForMostOfASecond =
  'const start = process.cpuUsage(); for (;;) { for (let i = 0; i < 1e5; i++); const used = process.cpuUsage(start); if (used.user + used.system >= 7e5) break; }';

describe('the CPU of a build, by kind of process', () => {
  it('names processes from their command lines', () => {
    expect(processKind('node /x/node_modules/next/dist/bin/next build')).toBe('next build (bundler, main)');
    expect(processKind('node scripts/next-build.mjs')).toBe('build steps (scripts/next-build.mjs)');
    expect(processKind('node /x/node_modules/next/dist/compiled/jest-worker/processChild.js')).toBe('prerender worker');
    expect(processKind('node /x/scripts/redirects.ts')).toBe('redirects (next.config)');
    expect(processKind('sh -c true')).toBe('other');
  });

  // A generous time limit: the stand-in's CPU comes whenever a busy machine gives it.
  it('names a process by its command line as it ends up, not as it was first seen', async () => {
    // Between fork and exec a prerender worker shows the command line of `next build`, which
    // forked it. The stand-in looks like `next build` for a moment, then becomes a worker and works.
    const root = makeRoot({
      'next-build-worker.js': `setTimeout(() => { process.title = 'jest-worker/processChild'; ${busyForMostOfASecond} }, 300);`,
    });
    const usage = await measureProcessTree(process.execPath, [path.join(root, 'next-build-worker.js')], process.env, 20);
    expect(usage.exitCode).toBe(0);
    expect(usage.cpuByKind?.['prerender worker']).toBeGreaterThan(0.5);
    expect(usage.cpuByKind?.['next build (bundler, main)']).toBeUndefined();
  }, 20_000);

  it('ends when every process of the build has, not when the command itself does', async () => {
    // Like Next's prerender worker after `next build` returns: a child left running (with its
    // output elsewhere, so the pipes close with the parent), which must still be waited for.
    const root = makeRoot({ 'leaves-a-child.js': `require('node:child_process').spawn('sleep', ['1.5'], { stdio: 'ignore', detached: true }).unref(); setTimeout(() => {}, 300);` });
    const started = performance.now();
    const usage = await measureProcessTree(process.execPath, [path.join(root, 'leaves-a-child.js')], process.env, 20);
    expect(usage.exitCode).toBe(0);
    expect(performance.now() - started).toBeGreaterThan(1400);
  });
});
