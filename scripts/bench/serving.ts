/**
 * Serving, for `npm run bench`: `next start` against a plain static file server (`serve`, as a
 * CDN or nginx would) over the same pages, the static export of the same content. The same
 * paths, connections and duration for both, one after the other in one run; reported as ratios.
 */
import { spawn } from 'node:child_process';
import { runLoad, type LoadFigures } from './http-load';
import { waitFor } from './scale';
import { assetTargets, pageTargets } from './site-targets';

export interface ServingFigures {
  connections: number;
  seconds: number;
  paths: number;
  next: LoadFigures;
  static: LoadFigures;
}

async function loadOf(origin: string, connections: number, seconds: number): Promise<{ figures: LoadFigures; paths: number }> {
  const pages = pageTargets();
  const targets = [...pages, ...(await assetTargets(origin, [pages[0]!.path, pages[1]!.path]))];
  // A short warm-up, so neither server is measured while it loads its first files.
  await runLoad(origin, targets, { connections, seconds: 2 });
  return { figures: await runLoad(origin, targets, { connections, seconds }), paths: targets.length };
}

/** `nextOrigin` is a running `next start`; `exportDir` the static export served on `staticPort`. */
export async function measureServing(nextOrigin: string, exportDir: string, staticPort: number, connections = 50, seconds = 10): Promise<ServingFigures> {
  const staticOrigin = `http://127.0.0.1:${staticPort}`;
  const server = spawn(process.execPath, ['node_modules/serve/build/main.js', exportDir, '--no-clipboard', '--no-port-switching', '-l', `tcp://127.0.0.1:${staticPort}`], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitFor(staticOrigin);
    const next = await loadOf(nextOrigin, connections, seconds);
    const served = await loadOf(staticOrigin, connections, seconds);
    return { connections, seconds, paths: next.paths, next: next.figures, static: served.figures };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

export function servingSection(figures: ServingFigures | undefined): string[] {
  if (!figures) return [];
  const { next, static: served } = figures;
  const row = (name: string, f: LoadFigures) =>
    `| ${name} | ${f.requests} | ${f.requestsPerSecond.toFixed(0)} | ${f.p50Ms} | ${f.p99Ms} | ${f.unexpectedStatus + f.errors} |`;
  return [
    '## Serving (`next start` vs a static file server, same pages)',
    '',
    `autocannon on the loopback, ${figures.connections} connections, ${figures.seconds} s each, ${figures.paths} paths in turn (pages and their assets, gzip asked).`,
    '',
    '| server | requests | per second | p50 ms | p99 ms | unexpected status or errors |',
    '| --- | --: | --: | --: | --: | --: |',
    row('`next start`', next),
    row('`serve out/`', served),
    '',
    `Ratios, next ÷ static: throughput ×${(next.requestsPerSecond / served.requestsPerSecond).toFixed(2)}, ` +
      `p50 ×${(next.p50Ms / Math.max(served.p50Ms, 1)).toFixed(2)}, p99 ×${(next.p99Ms / Math.max(served.p99Ms, 1)).toFixed(2)}.`,
    '',
  ];
}
