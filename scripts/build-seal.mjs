/**
 * A seal on a finished `next build`, so that `npm start` never serves a half-written one.
 * `next build` empties its folder when it starts and writes `BUILD_ID` before it prerenders;
 * killed while prerendering, it leaves a folder `next start` would run (and crash in). The
 * folder cannot be built elsewhere and renamed in (Next.js writes its name into the server
 * code), so `npm run build` breaks the seal first and sets it only after Next.js succeeded:
 *   node scripts/build-seal.mjs break|set|check   (folder: NEXT_DIST_DIR or .next)
 * Plain JavaScript: `npm start` runs it before the server, with no TypeScript loader.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const SEAL_FILE = 'BUILD_COMPLETE';

/** Removes the seal before a build starts. */
export function breakSeal(distDir) {
  rmSync(path.join(distDir, SEAL_FILE), { force: true });
}

/** After a successful build: the seal names the build it vouches for. */
export function setSeal(distDir) {
  const buildId = readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();
  mkdirSync(distDir, { recursive: true });
  writeFileSync(path.join(distDir, SEAL_FILE), `${buildId}\n`);
}

/** Why the folder must not be served, or undefined when its build finished. */
export function sealProblem(distDir) {
  const seal = path.join(distDir, SEAL_FILE);
  const buildIdFile = path.join(distDir, 'BUILD_ID');
  if (!existsSync(buildIdFile)) return `${distDir}/ holds no build: run npm run build first.`;
  if (!existsSync(seal)) return `${distDir}/ holds an unfinished build (stopped or failed before the end): run npm run build again.`;
  if (readFileSync(seal, 'utf8').trim() !== readFileSync(buildIdFile, 'utf8').trim())
    return `${distDir}/ holds a build other than the one that finished: run npm run build again.`;
  return undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const command = process.argv[2];
  if (command === 'break') breakSeal(distDir);
  else if (command === 'set') setSeal(distDir);
  else if (command === 'check') {
    const problem = sealProblem(distDir);
    if (problem) {
      console.error(`✗ ${problem}`);
      process.exit(1);
    }
  } else {
    console.error('usage: node scripts/build-seal.mjs break|set|check');
    process.exit(2);
  }
}
