/**
 * `npm run import:hugo -- <path to a Hugo site>`: brings a Hugo blog's posts, images, static
 * files and old addresses into this project, then reports what was converted and what needs
 * the author's hand. See docs/migrating-from-hugo.md.
 */
import path from 'node:path';
import { mdxComponents } from '@/components/mdx/components';
import { importHugoSite } from '@/lib/content/hugo/import/import-site';
import { formatProblem } from '@/lib/content/problems';
import { commandLineOrExit } from './command-line';

async function main(): Promise<number> {
  const usage = 'usage: npm run import:hugo -- <path to a Hugo site> [--root DIR]';
  // `--root DIR` imports into another project (the folder holding content/); tests use it.
  const { values, positionals } = commandLineOrExit(usage, { root: { type: 'string' } });
  const rootDir = path.resolve(values.root ?? '.');
  const [siteDir, ...more] = positionals;
  if (!siteDir || more.length > 0) {
    console.error(siteDir ? `✗ one Hugo site at a time, not ${positionals.length}\n${usage}` : usage);
    return 2;
  }
  const report = await importHugoSite(path.resolve(siteDir), rootDir, mdxComponents);
  const drafts = report.articles.filter((article) => article.draftReasons.length > 0);
  console.log(`Hugo site: ${siteDir}${report.config ? ` (settings from ${report.config})` : ' (no hugo.toml/config.toml found)'}`);
  console.log(
    `\n✓ ${report.articles.length} article${report.articles.length === 1 ? '' : 's'} imported, ${report.staticFiles} file${report.staticFiles === 1 ? '' : 's'} from static/ → public/`,
  );
  for (const article of report.articles) {
    console.log(`  ${article.source} → ${article.target}`);
    for (const conversion of article.conversions) console.log(`      ${conversion}`);
  }
  if (report.skipped.length > 0) {
    console.log(`\n– ${report.skipped.length} not imported:`);
    for (const { file, reason, fix } of report.skipped) console.log(`  ${file} — ${reason}${fix ? `\n      → ${fix}` : ''}`);
  }
  if (report.notOverwritten.length > 0) {
    console.log(
      `\n✗ ${report.notOverwritten.length} file${report.notOverwritten.length === 1 ? '' : 's'} already here with other content, left as they are:`,
    );
    for (const { source, reason, fix } of report.notOverwritten) console.log(`  ${source} — ${reason}\n      → ${fix}`);
  }
  if (drafts.length > 0) {
    console.log(`\n✗ ${drafts.length} imported as draft${drafts.length === 1 ? '' : 's'} (not published until fixed):`);
    for (const article of drafts) for (const problem of article.draftReasons) console.log(`  ${formatProblem(problem)}`);
  }
  if (report.warnings.length > 0) {
    console.log(`\n! ${report.warnings.length} thing${report.warnings.length === 1 ? '' : 's'} to look at by hand:`);
    for (const problem of report.warnings) console.log(`  ${formatProblem(problem)}`);
  }
  console.log(
    report.changedFiles.length === 0
      ? '\nNothing changed: this site was already imported.'
      : `\n${report.changedFiles.length} file${report.changedFiles.length === 1 ? '' : 's'} written. Next: npm run check, then npm run build.`,
  );
  return 0;
}

main().then((code) => process.exit(code));
