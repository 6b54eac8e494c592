/**
 * `npm run check`: checks every article the way the build does (same loader, schema and MDX
 * pipeline), plus advice for authors, and reports like a linter:
 *
 *   content/posts/x/index.md:12:5  warning  zwnj-prefix  missing ZWNJ after «می»: …
 *
 * Errors first, then warnings, then a summary; exit code 1 on any error (0 with only
 * warnings). `--format json` prints the same as JSON; `--fix` applies the safe fixes in place;
 * `--root DIR` checks another project (the folder holding content/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mdxComponents } from '@/components/mdx/components';
import { applyEditsToSource } from '@/lib/content/lint/apply-edits';
import { checkContent } from '@/lib/content/lint/check';
import { formatDiagnostic, formatSummary, summarise, type Diagnostic } from '@/lib/content/lint/diagnostic';
import { commandLineOrExit } from './command-line';

interface Options {
  root: string;
  format: 'text' | 'json';
  fix: boolean;
}

const USAGE = 'usage: npm run check -- [--format text|json] [--fix] [--root DIR]';

function readOptions(): Options {
  const { values } = commandLineOrExit(USAGE, {
    format: { type: 'string', default: 'text' },
    fix: { type: 'boolean' },
    root: { type: 'string' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json') {
    console.error(`✗ --format must be text or json, not «${format}»\n${USAGE}`);
    process.exit(2);
  }
  return { root: values.root ?? process.cwd(), format, fix: values.fix ?? false };
}

/** Applies the safe fixes, again until nothing changes (a fix can reveal another), and lists them. */
async function fix(root: string): Promise<Diagnostic[]> {
  const applied: Diagnostic[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const { diagnostics } = await checkContent(root, mdxComponents);
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) if (d.edit) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    if (byFile.size === 0) break;
    for (const [file, fixes] of byFile) {
      const absolute = path.join(root, file);
      const original = readFileSync(absolute, 'utf8');
      const fixed = applyEditsToSource(
        original,
        fixes.map((d) => d.edit!),
      );
      if (fixed === original) continue;
      writeFileSync(absolute, fixed);
      applied.push(...fixes);
    }
  }
  return applied;
}

async function main(): Promise<number> {
  const options = readOptions();
  const fixed = options.fix ? await fix(options.root) : [];
  const { articles, diagnostics } = await checkContent(options.root, mdxComponents);
  const summary = summarise(articles, diagnostics);
  if (options.format === 'json') {
    const plain = (d: Diagnostic) => ({ ...d, edit: undefined, fixable: d.edit !== undefined });
    console.log(JSON.stringify({ ...summary, fixed: fixed.map(plain), diagnostics: diagnostics.map(plain) }, null, 2));
  } else {
    if (fixed.length > 0) {
      console.log(`fixed ${fixed.length} problem${fixed.length === 1 ? '' : 's'}:`);
      for (const d of fixed) console.log(`  ${d.file}:${d.line}:${d.column}  ${d.rule}  ${d.message}`);
      console.log('');
    }
    for (const d of diagnostics) console.log(formatDiagnostic(d));
    if (diagnostics.length > 0) console.log('');
    console.log(formatSummary(summary));
  }
  return summary.errors > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
