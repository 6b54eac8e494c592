/**
 * `next build` in two processes, one after the other: Next's `compile` mode (the bundler), then
 * its `generate` mode (prerendering every page from that output). In one process the bundler's
 * memory, about 900 MB at 1,000 articles, stays held while the pages are rendered beside it;
 * split, the build's peak is the larger of the two steps instead of their sum (bench/RESULTS.md).
 *   node scripts/next-build.mjs [next build options…]
 * Both steps see the same build clock and the same redirects (next.config.ts), so the pages are
 * those one `next build` would render. Plain JavaScript, like build-seal.mjs: run by node alone.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Next's `--experimental-build-mode` for each step. The static export (STATIC_EXPORT=1) is one
 * plain `next build`: in two steps, Next.js 16 writes an export without its pages.
 */
export function buildSteps(env) {
  return env.STATIC_EXPORT === '1' ? [undefined] : ['compile', 'generate'];
}

/** The environment both steps share: one clock for scheduled articles, one redirects file. */
export function sharedBuildEnv(env, pid = process.pid) {
  return {
    ...env,
    BUILD_TIME: env.BUILD_TIME || new Date().toISOString(),
    ARTICLE_REDIRECTS_FILE: env.ARTICLE_REDIRECTS_FILE || path.join(tmpdir(), `article-redirects-${pid}.json`),
  };
}

/** Runs both steps; the exit code of the first that fails, or 0. */
export function runTwoStepBuild(args, env = process.env, nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next')) {
  const shared = sharedBuildEnv(env);
  const ownsRedirectsFile = !env.ARTICLE_REDIRECTS_FILE;
  try {
    for (const step of buildSteps(env)) {
      const mode = step ? [`--experimental-build-mode=${step}`] : [];
      const result = spawnSync(process.execPath, [nextBin, 'build', ...mode, ...args], { stdio: 'inherit', env: shared });
      if (result.status !== 0) return result.status ?? 1;
    }
    return 0;
  } finally {
    if (ownsRedirectsFile) rmSync(shared.ARTICLE_REDIRECTS_FILE, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(runTwoStepBuild(process.argv.slice(2)));
