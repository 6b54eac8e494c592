/**
 * The lean static export beside the normal one: what a reader downloads on a first visit
 * (gzip as served by `serve`, phone viewport, empty cache) from each, for the same pages.
 * Builds the export (`npm run build:export`), derives the lean one (scripts/lean-export.ts)
 * and serves both with the plain static server the tests use.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { lighthouse, lighthouseSection, type LighthouseFigures } from './lighthouse';
import { waitFor } from './scale';

type ResourceKind = 'html' | 'js' | 'css' | 'font' | 'other';

export interface ExportPageWeight {
  path: string;
  requests: number;
  /** Bytes received over the wire (gzip), per kind of resource. */
  bytes: Record<ResourceKind, number>;
}

export interface LeanExportFigures {
  /** Seconds the post-processor took over the whole export. */
  leanSeconds: number;
  normal: ExportPageWeight[];
  lean: ExportPageWeight[];
  /** Lighthouse over the lean export's pages (issue 9 asks for 100 on home and two articles). */
  leanLighthouse?: LighthouseFigures[];
}

const KIND_OF: Record<string, ResourceKind> = { document: 'html', script: 'js', stylesheet: 'css', font: 'font' };

async function weighPages(origin: string, paths: string[]): Promise<ExportPageWeight[]> {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const weights: ExportPageWeight[] = [];
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const kinds = new Map<string, ResourceKind>();
      const weight: ExportPageWeight = { path, requests: 0, bytes: { html: 0, js: 0, css: 0, font: 0, other: 0 } };
      cdp.on('Network.responseReceived', (event) => kinds.set(event.requestId, KIND_OF[event.type.toLowerCase()] ?? 'other'));
      cdp.on('Network.loadingFinished', (event) => {
        weight.bytes[kinds.get(event.requestId) ?? 'other'] += event.encodedDataLength;
        weight.requests++;
      });
      await page.goto(origin + encodeURI(path), { waitUntil: 'networkidle' });
      await context.close();
      weights.push(weight);
    }
    return weights;
  } finally {
    await browser.close();
  }
}

function serve(dir: string, port: number) {
  return spawn('npx', ['serve', dir, '--no-clipboard', '--no-port-switching', '-l', `tcp://127.0.0.1:${port}`], {
    stdio: 'ignore',
    detached: true,
  });
}

/**
 * Builds both exports and weighs `paths` (site paths: home, a list page, articles) on each, then
 * audits `auditPaths` of the lean one with Lighthouse.
 * `build: false` weighs the out/ already there (e.g. the one the browser tests built).
 */
export async function measureLeanExport(
  paths: string[],
  port: number,
  { build = true, auditPaths = [] as string[] } = {},
): Promise<LeanExportFigures> {
  if (build) execFileSync('npm', ['run', 'build:export'], { stdio: 'pipe', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const started = performance.now();
  execFileSync('npx', ['tsx', 'scripts/lean-export.ts', 'out', 'out-lean'], { stdio: 'pipe' });
  const leanSeconds = (performance.now() - started) / 1000;
  const servers = [serve('out', port), serve('out-lean', port + 1)];
  try {
    await Promise.all([waitFor(`http://127.0.0.1:${port}`), waitFor(`http://127.0.0.1:${port + 1}`)]);
    return {
      leanSeconds,
      normal: await weighPages(`http://127.0.0.1:${port}`, paths),
      lean: await weighPages(`http://127.0.0.1:${port + 1}`, paths),
      leanLighthouse: auditPaths.map((path) => lighthouse(`http://127.0.0.1:${port + 1}`, path)),
    };
  } finally {
    for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function leanExportSection(figures: LeanExportFigures | undefined): string[] {
  if (!figures) return [];
  const row = (label: string, build: string, weight: ExportPageWeight) => {
    const total = Object.values(weight.bytes).reduce((sum, bytes) => sum + bytes, 0);
    return `| ${label} | ${build} | ${weight.requests} | ${kb(weight.bytes.html)} | ${kb(weight.bytes.js)} | ${kb(weight.bytes.css)} | ${kb(weight.bytes.font)} | ${kb(total)} |`;
  };
  return [
    '## Lean static export (`npm run build:export -- --lean`)',
    '',
    'First visit, empty cache, phone viewport; KB over the wire (gzip, `serve`), images included in the total.',
    `The post-processor took ${figures.leanSeconds.toFixed(1)} s (tsx start-up included) over the whole export.`,
    '',
    '| page | export | requests | HTML | JS | CSS | fonts | total |',
    '| --- | --- | --: | --: | --: | --: | --: | --: |',
    ...figures.normal.flatMap((normal, i) => [row(normal.path, 'normal', normal), row('', 'lean', figures.lean[i]!)]),
    '',
    ...(figures.leanLighthouse?.length ? lighthouseSection('Lighthouse 12: the lean export served by `serve`', figures.leanLighthouse) : []),
  ];
}
