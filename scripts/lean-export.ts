/**
 * `tsx scripts/lean-export.ts <from> <to>`: writes the lean static export of a Next.js static
 * export (lib/export/lean-export.ts): no Next/React runtime, no RSC payload, only the reader's
 * own script. `npm run build:export -- --lean` runs it after the export build.
 */
import { leanExport } from '@/lib/export/lean-export';
import { THEME_INIT_SCRIPT } from '@/lib/theme/theme';
import { ASSETS_URL } from './browser-assets';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: tsx scripts/lean-export.ts <from> <to>');
  process.exit(2);
}
const started = performance.now();
const report = leanExport(from, to, { keepInlineScript: THEME_INIT_SCRIPT, keepScriptPrefix: ASSETS_URL });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `lean export: ${report.pages} pages in ${to} (${seconds} s); dropped ${report.droppedFrameworkScripts} framework scripts, ` +
    `${report.droppedRscFiles} RSC payload files and ${report.droppedScriptFiles} script files`,
);
if (report.pagesWithOtherScripts.length > 0) {
  console.warn(`⚠ scripts that are not Next's were dropped from: ${report.pagesWithOtherScripts.join(', ')}`);
}
