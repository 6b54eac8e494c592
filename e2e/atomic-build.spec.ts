import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './test';
import { siteEnv } from '../playwright.config';

/**
 * A static export killed before it finishes never leaves a half-written output behind, and the
 * rerun gives the same output as an uninterrupted build: `npm run build:export`
 * (scripts/atomic-build.ts) into a folder of its own, compared with out/, which the test server's
 * uninterrupted build of the same site wrote. The whole process group is killed as soon as
 * Next.js starts building: every step writes only into the temporary folder, which takes the
 * output's place after the last one, so a later kill tests nothing more and costs the test a
 * whole compile (lib/build/atomic-output.test.ts covers a folder left half written). One extra
 * build, plus the start of one.
 */

const TARGET = 'out-atomic-test';

/** Every file of an export, path → SHA-256, with the build's random id replaced by a constant. */
function snapshot(dir: string): Record<string, string> {
  const buildId = readdirSync(path.join(dir, '_next/static')).find((name) => !['chunks', 'media', 'css'].includes(name));
  const files: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(relative);
      else {
        const text = readFileSync(path.join(dir, relative)).toString('latin1');
        const normalised = withPayloadInOrder(relative, buildId ? text.replaceAll(buildId, 'BUILD_ID') : text);
        files[buildId ? relative.replaceAll(buildId, 'BUILD_ID') : relative] = createHash('sha256')
          .update(normalised, 'latin1')
          .digest('hex');
      }
    }
  };
  walk('');
  return files;
}

/**
 * The RSC payload's rows in a canonical order. React streams a row when its part of the page is
 * ready, so their order, and where the payload is cut into inline scripts, follow how fast each
 * part rendered (a page whose article came from the compile cache streams it sooner), while the
 * rows themselves, and the page the reader gets, are the same.
 */
function withPayloadInOrder(file: string, latin1: string): string {
  if (!file.endsWith('.txt') && !file.endsWith('.html')) return latin1;
  const text = Buffer.from(latin1, 'latin1').toString('utf8');
  let payload = '';
  const page = text.replace(/<script>self\.__next_f\.push\((\[.*?\])\)<\/script>/gs, (_, args: string) => {
    const [kind, chunk] = JSON.parse(args) as [number, string?];
    if (kind === 1 && chunk) payload += chunk;
    return '';
  });
  const rows = (file.endsWith('.txt') ? page : payload).split('\n').sort();
  return Buffer.from(`${file.endsWith('.txt') ? '' : page}\n${rows.join('\n')}`, 'utf8').toString('latin1');
}

/** `npm run build:export` into TARGET, in its own process group; resolves with its exit code and output. */
function exportBuild(onOutput: (text: string, kill: () => void) => void = () => {}): Promise<{ code: number | null; output: string }> {
  const child = spawn('npm', ['run', 'build:export'], {
    detached: true,
    env: { ...process.env, ...siteEnv, EXPORT_DIR: TARGET, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // SIGKILL to the whole group: npm, the atomic wrapper, next build and its workers, at once.
  const kill = () => child.pid && process.kill(-child.pid, 'SIGKILL');
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      onOutput(output, kill);
    });
  }
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

const leftovers = () => readdirSync('.').filter((name) => name.startsWith(`${TARGET}.`));

test('an export killed while building leaves the previous output; the rerun equals an uninterrupted build', async () => {
  // Two export builds on a machine that may be busy with others.
  test.setTimeout(1_200_000);
  expect(existsSync('out/index.html')).toBe(true);
  const uninterrupted = snapshot('out');
  rmSync(TARGET, { recursive: true, force: true });
  cpSync('out', TARGET, { recursive: true });
  // Each build points next-env.d.ts at its own folder's types; this one's folder is removed below.
  const nextEnv = existsSync('next-env.d.ts') ? readFileSync('next-env.d.ts', 'utf8') : undefined;
  try {
    // Killed once Next.js has started building into the temporary folder.
    let killedWhile = '';
    const killed = await exportBuild((output, kill) => {
      if (!killedWhile && /Creating an optimized production build/.test(output)) {
        killedWhile = 'building';
        kill();
      }
    });
    // A build that ended before Next.js started shows why in its output.
    expect(killedWhile, killed.output.slice(-4000)).toBe('building');
    expect(killed.code).not.toBe(0);
    // What a deploy would upload is exactly the previous output.
    expect(snapshot(TARGET)).toEqual(uninterrupted);
    expect(leftovers().length).toBeGreaterThan(0);

    const rerun = await exportBuild();
    expect(rerun.code, rerun.output.slice(-4000)).toBe(0);
    expect(snapshot(TARGET)).toEqual(uninterrupted);
    expect(leftovers()).toEqual([]);
  } finally {
    if (nextEnv !== undefined) writeFileSync('next-env.d.ts', nextEnv);
    rmSync(TARGET, { recursive: true, force: true });
    for (const name of leftovers()) rmSync(name, { recursive: true, force: true });
  }
});
