import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module (npm start runs it without a TypeScript loader)
import { breakSeal, sealProblem, setSeal } from './build-seal.mjs';

const folders: string[] = [];
const buildFolder = (buildId?: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-seal-'));
  folders.push(dir);
  if (buildId) writeFileSync(path.join(dir, 'BUILD_ID'), buildId);
  return dir;
};
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the seal on a finished build', () => {
  it('refuses a folder without a build', () => {
    expect(sealProblem(buildFolder())).toMatch(/holds no build/);
  });

  it('refuses a build stopped after BUILD_ID was written, accepts it once sealed', () => {
    const dir = buildFolder('abc');
    breakSeal(dir);
    expect(sealProblem(dir)).toMatch(/unfinished build/);
    setSeal(dir);
    expect(sealProblem(dir)).toBeUndefined();
  });

  it('refuses a seal left from an earlier build when a new one stopped halfway', () => {
    const dir = buildFolder('first');
    setSeal(dir);
    writeFileSync(path.join(dir, 'BUILD_ID'), 'second');
    expect(sealProblem(dir)).toMatch(/other than the one that finished/);
  });

  it('a broken seal stays broken until the next successful build', () => {
    const dir = buildFolder('abc');
    setSeal(dir);
    breakSeal(dir);
    expect(sealProblem(dir)).toMatch(/unfinished build/);
  });
});
