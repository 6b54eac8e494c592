/**
 * `npx tsx scripts/load-test.ts` (after `npm run build`): holds `next start` under load on the
 * loopback: 100 connections for 30 s, three rounds, over every page type, their assets and a few
 * missing or malformed addresses. Fails unless every answer has its expected status (200, 404,
 * 400), nothing errors or times out, and the server's memory after each round stays within 10%
 * of the first (no leak). Writes the figures to bench/LOAD.md. Not part of `npm test`: it takes
 * two minutes of both cores. `--seconds`, `--connections`, `--rounds` change the load.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { runLoad, type LoadFigures } from './bench/http-load';
import { treeMemoryMb } from './bench/process-tree';
import { waitFor } from './bench/scale';
import { assetTargets, invalidTargets, pageTargets } from './bench/site-targets';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

const PORT = Number(process.env.LOAD_PORT ?? 3703);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const seconds = option('seconds', 30);
const connections = option('connections', 100);
const rounds = option('rounds', 3);
/** Memory after a round may differ from the first by at most this share. */
const MEMORY_TOLERANCE = 0.1;

async function main() {
  // Next's own binary, not through npx: the memory measured is the server's alone.
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => server.pid && process.kill(-server.pid, 'SIGTERM');
  try {
    await waitFor(ORIGIN);
    const pages = pageTargets();
    const targets = [...pages, ...(await assetTargets(ORIGIN, [pages[0]!.path, pages[1]!.path])), ...invalidTargets()];
    console.log(`${targets.length} addresses, ${connections} connections, ${seconds} s × ${rounds} rounds after a 5 s warm-up`);
    await runLoad(ORIGIN, targets, { connections, seconds: 5 });
    const results: Array<LoadFigures & { memoryMb: number }> = [];
    for (let round = 1; round <= rounds; round++) {
      const figures = await runLoad(ORIGIN, targets, { connections, seconds });
      // Let the collector run before reading the resident size.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const memoryMb = treeMemoryMb(server.pid!);
      results.push({ ...figures, memoryMb });
      console.log(
        `round ${round}: ${figures.requests} requests (${figures.requestsPerSecond.toFixed(0)}/s), ` +
          `${figures.unexpectedStatus} unexpected status, ${figures.errors} errors, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, server ${memoryMb.toFixed(0)} MB`,
      );
      for (const example of figures.examples) console.log(`  ${example}`);
    }
    const first = results[0]!.memoryMb;
    const problems = [
      ...results
        .filter((r) => r.unexpectedStatus > 0)
        .map((r) => `round ${results.indexOf(r) + 1}: ${r.unexpectedStatus} unexpected status`),
      ...results.filter((r) => r.errors > 0).map((r) => `round ${results.indexOf(r) + 1}: ${r.errors} errors`),
      ...results
        .filter((r) => Math.abs(r.memoryMb - first) / first > MEMORY_TOLERANCE)
        .map((r) => `round ${results.indexOf(r) + 1}: memory ${r.memoryMb.toFixed(0)} MB vs ${first.toFixed(0)} MB`),
    ];
    const markdown = [
      '# Load test (`npx tsx scripts/load-test.ts`)',
      '',
      `Run ${new Date().toISOString()} on ${process.platform} ${process.arch}, node ${process.version}: \`next start\` on the loopback, ` +
        `${connections} connections, ${seconds} s per round, ${targets.length} addresses in turn ` +
        `(${pages.length} pages, ${targets.length - pages.length - invalidTargets().length} assets, ${invalidTargets().length} missing or malformed).`,
      '',
      '| round | requests | per second | unexpected status | errors | p50 ms | p99 ms | server memory MB |',
      '| --: | --: | --: | --: | --: | --: | --: | --: |',
      ...results.map(
        (r, i) =>
          `| ${i + 1} | ${r.requests} | ${r.requestsPerSecond.toFixed(0)} | ${r.unexpectedStatus} | ${r.errors} | ${r.p50Ms} | ${r.p99Ms} | ${r.memoryMb.toFixed(0)} |`,
      ),
      '',
      problems.length === 0
        ? 'Every answer had its expected status; memory stayed within 10% of the first round.'
        : `Problems: ${problems.join('; ')}.`,
      '',
    ].join('\n');
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/LOAD.md', markdown);
    console.log(problems.length === 0 ? '✓ load test passed' : `✗ ${problems.join('\n✗ ')}`);
    process.exitCode = problems.length === 0 ? 0 : 1;
  } finally {
    stop();
  }
}

await main();
