/**
 * `tsx scripts/lean-export.ts <from> <to>`: writes the lean static export of a Next.js static
 * export (lib/export/lean-export.ts): no Next/React runtime, no RSC payload, only the reader's
 * own script. `npm run build:export -- --lean` runs it after the export build. Big sites have
 * their pages parsed on every core (parsing is the cost: a few ms a page).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { leanExport, type LeanPagesSummary, type PageRunner } from '@/lib/export/lean-export';
import type { LeanPageOptions } from '@/lib/export/lean-html';
import { THEME_INIT_SCRIPT } from '@/lib/theme/theme';
import { ASSETS_URL } from './browser-assets';

/** Below this many pages a thread costs more to start than it saves. */
const PAGES_PER_THREAD = 200;

const options: LeanPageOptions = { keepInlineScript: THEME_INIT_SCRIPT, keepScriptPrefix: ASSETS_URL };

function inThread(workerData: { source: string; target: string; pages: string[]; options: LeanPageOptions }): Promise<LeanPagesSummary> {
  // The thread loads TypeScript through tsx, as this process does.
  const worker = new URL('./lean-export-worker.ts', import.meta.url).href;
  const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(worker)}); })`;
  return new Promise((resolve, reject) => {
    const thread = new Worker(code, { eval: true, workerData });
    thread.once('message', resolve);
    thread.once('error', reject);
    thread.once('exit', (code) => code !== 0 && reject(new Error(`lean export thread exited with ${code}`)));
  });
}

const runInThreads: PageRunner = (source, target, pages) => {
  const threads = Math.min(availableParallelism(), Math.floor(pages.length / PAGES_PER_THREAD));
  if (threads < 2) return import('@/lib/export/lean-export').then(({ leanPages }) => [leanPages(source, target, pages, options)]);
  const shares = Array.from({ length: threads }, (_, i) => pages.filter((_, index) => index % threads === i));
  return Promise.all(shares.map((share) => inThread({ source, target, pages: share, options })));
};

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: tsx scripts/lean-export.ts <from> <to>');
  process.exit(2);
}
const started = performance.now();
const report = await leanExport(from, to, options, runInThreads);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `lean export: ${report.pages} pages in ${to} (${seconds} s); dropped ${report.droppedFrameworkScripts} framework scripts, ` +
    `${report.droppedRscFiles} RSC payload files and ${report.droppedScriptFiles} script files`,
);
if (report.pagesWithOtherScripts.length > 0) {
  console.warn(`⚠ scripts that are not Next's were dropped from: ${report.pagesWithOtherScripts.join(', ')}`);
}
