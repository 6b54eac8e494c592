import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAtomically } from './atomic-output';

let root: string;
let target: string;

function writeOutput(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'atomic-'));
  target = path.join(root, 'out');
  writeOutput(target, { 'index.html': 'old', 'posts/a/index.html': 'old a', 'cache/compiled.json': 'cache v1' });
});

describe('buildAtomically', () => {
  it('replaces the output only once the build has finished, keeping the build cache', async () => {
    await buildAtomically(target, (temporary) => {
      // While the build runs, the published output is still the old one.
      expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('old');
      expect(readFileSync(path.join(temporary, 'cache/compiled.json'), 'utf8')).toBe('cache v1');
      writeOutput(temporary, { 'index.html': 'new', 'cache/compiled.json': 'cache v2' });
    });
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('new');
    // Files of the old output that the new build does not write are gone.
    expect(existsSync(path.join(target, 'posts/a/index.html'))).toBe(false);
    expect(readFileSync(path.join(target, 'cache/compiled.json'), 'utf8')).toBe('cache v2');
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('leaves the previous output and its cache as they were when the build fails', async () => {
    await expect(
      buildAtomically(target, async (temporary) => {
        writeOutput(temporary, { 'index.html': 'half' });
        throw new Error('prerender failed');
      }),
    ).rejects.toThrow('prerender failed');
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('old');
    expect(readFileSync(path.join(target, 'posts/a/index.html'), 'utf8')).toBe('old a');
    expect(readFileSync(path.join(target, 'cache/compiled.json'), 'utf8')).toBe('cache v1');
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('builds a first output where there was none', async () => {
    const fresh = path.join(root, 'fresh');
    await buildAtomically(fresh, (temporary) => writeOutput(temporary, { 'index.html': 'first' }));
    expect(readFileSync(path.join(fresh, 'index.html'), 'utf8')).toBe('first');
  });

  it('removes the half-written folder a killed build left behind, and only that', async () => {
    // A process id that cannot be running (above Linux's pid_max).
    writeOutput(path.join(root, 'out.building-99999999'), { 'index.html': 'killed midway' });
    writeOutput(path.join(root, `out.building-${process.ppid}`), { 'index.html': 'a build still running' });
    writeOutput(path.join(root, 'output-of-something-else'), { 'index.html': 'kept' });
    await buildAtomically(target, (temporary) => writeOutput(temporary, { 'index.html': 'new' }));
    expect(readdirSync(root).sort()).toEqual(['out', `out.building-${process.ppid}`, 'output-of-something-else']);
  });
});
