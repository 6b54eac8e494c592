import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module (npm run build runs it without a TypeScript loader)
import { runTwoStepBuild } from './next-build.mjs';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A stand-in for Next's CLI that notes its arguments and the environment both steps must share,
 * writes the redirects file as next.config.ts does, and fails in the step named by FAIL_STEP.
 */
function fakeNext() {
  const dir = mkdtempSync(path.join(tmpdir(), 'next-build-'));
  folders.push(dir);
  const log = path.join(dir, 'calls.jsonl');
  const bin = path.join(dir, 'next.mjs');
  writeFileSync(
    bin,
    `import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
const args = process.argv.slice(2);
const file = process.env.ARTICLE_REDIRECTS_FILE;
const redirectsExisted = existsSync(file);
if (!redirectsExisted) writeFileSync(file, '[]');
appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, buildTime: process.env.BUILD_TIME, file, redirectsExisted }) + '\\n');
process.exit(args.includes('--experimental-build-mode=' + process.env.FAIL_STEP) ? 3 : 0);
`,
  );
  const calls = () =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { args: string[]; buildTime: string; file: string; redirectsExisted: boolean })
      : [];
  return { bin, calls };
}

describe('the build in two steps', () => {
  it('bundles, then prerenders, with one clock and one redirects file, removed at the end', () => {
    const next = fakeNext();
    expect(runTwoStepBuild(['--debug'], { ...process.env, BUILD_TIME: '' }, next.bin)).toBe(0);
    const [compile, generate] = next.calls();
    expect(next.calls()).toHaveLength(2);
    expect(compile!.args).toEqual(['build', '--experimental-build-mode=compile', '--debug']);
    expect(generate!.args).toEqual(['build', '--experimental-build-mode=generate', '--debug']);
    expect(generate!.buildTime).toBe(compile!.buildTime);
    expect(Date.parse(compile!.buildTime)).not.toBeNaN();
    // The second step reads the redirects the first one worked out.
    expect(generate!.file).toBe(compile!.file);
    expect([compile!.redirectsExisted, generate!.redirectsExisted]).toEqual([false, true]);
    expect(existsSync(compile!.file)).toBe(false);
  });

  it('keeps a clock it is given, and stops at a failed step with its exit code', () => {
    const next = fakeNext();
    expect(runTwoStepBuild([], { ...process.env, BUILD_TIME: '2026-01-02T03:04:05.000Z', FAIL_STEP: 'compile' }, next.bin)).toBe(3);
    expect(next.calls()).toHaveLength(1);
    expect(next.calls()[0]!.buildTime).toBe('2026-01-02T03:04:05.000Z');
    expect(existsSync(next.calls()[0]!.file)).toBe(false);
  });

  it('builds the static export in one step, which Next.js cannot split', () => {
    const next = fakeNext();
    expect(runTwoStepBuild([], { ...process.env, STATIC_EXPORT: '1' }, next.bin)).toBe(0);
    expect(next.calls().map((call) => call.args)).toEqual([['build']]);
  });
});
