/**
 * The lean static export: a copy of a Next.js static export (`out/`) whose pages ship no
 * Next/React runtime and no RSC payload, only the reader's own script (lib/browser/, in
 * /assets/). Everything else (CSS, fonts, images, feeds, the search index) is copied as is.
 */
import { constants, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { leanPage, type LeanPageOptions } from './lean-html';
import { isFrameworkScriptFile, isRscPayload } from './lean-files';

/** What rewriting a set of pages found. */
export interface LeanPagesSummary {
  pages: number;
  /** Pages that had a script dropped that was not recognisably Next's (listed, to be looked at). */
  pagesWithOtherScripts: string[];
  droppedFrameworkScripts: number;
  /** Files (relative, no leading slash) the pages still load as scripts. */
  scriptFiles: string[];
}

export interface LeanExportReport extends Omit<LeanPagesSummary, 'scriptFiles'> {
  droppedRscFiles: number;
  droppedScriptFiles: number;
  copiedFiles: number;
}

/**
 * Rewrites `pages` (HTML files relative to `source`) into `target`. Pages are independent, so
 * a caller may split them among threads (scripts/lean-export.ts does on big sites).
 */
export function leanPages(source: string, target: string, pages: string[], options: LeanPageOptions): LeanPagesSummary {
  const summary: LeanPagesSummary = { pages: 0, pagesWithOtherScripts: [], droppedFrameworkScripts: 0, scriptFiles: [] };
  const scriptFiles = new Set<string>();
  const madeDirs = new Set<string>();
  for (const file of pages) {
    const page = leanPage(readFileSync(path.join(source, file), 'utf8'), options);
    const destination = path.join(target, file);
    if (!madeDirs.has(path.dirname(destination))) {
      mkdirSync(path.dirname(destination), { recursive: true });
      madeDirs.add(path.dirname(destination));
    }
    writeFileSync(destination, page.html);
    for (const src of page.scriptSources) scriptFiles.add(src.split(/[?#]/)[0]!.replace(/^\//, ''));
    summary.pages++;
    summary.droppedFrameworkScripts += page.droppedFrameworkScripts;
    if (page.droppedOtherScripts > 0) summary.pagesWithOtherScripts.push(file);
  }
  summary.scriptFiles = [...scriptFiles];
  return summary;
}

/** Runs leanPages over the pages, in this thread or spread over several. */
export type PageRunner = (source: string, target: string, pages: string[]) => Promise<LeanPagesSummary[]>;

function listFiles(root: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return files;
}

/** Writes the lean export of `from` into `to` (replaced). */
export async function leanExport(from: string, to: string, options: LeanPageOptions, runPages?: PageRunner): Promise<LeanExportReport> {
  const source = path.resolve(from);
  const target = path.resolve(to);
  if (target === source || target.startsWith(source + path.sep) || source.startsWith(target + path.sep)) {
    throw new Error(`lean export: ${to} must be a folder apart from ${from}`);
  }
  rmSync(target, { recursive: true, force: true });

  const files = listFiles(source);
  const present = new Set(files);
  const pages: string[] = [];
  const frameworkScripts: string[] = [];
  const copies: string[] = [];
  let droppedRscFiles = 0;
  for (const file of files) {
    if (isRscPayload(file, (candidate) => present.has(candidate))) droppedRscFiles++;
    else if (isFrameworkScriptFile(file))
      frameworkScripts.push(file); // decided once every page is known
    else if (file.endsWith('.html')) pages.push(file);
    else copies.push(file);
  }

  const summaries = runPages ? await runPages(source, target, pages) : [leanPages(source, target, pages, options)];
  const stillLoaded = new Set(summaries.flatMap((summary) => summary.scriptFiles));
  const kept = frameworkScripts.filter((file) => stillLoaded.has(file));
  const madeDirs = new Set<string>();
  for (const file of [...copies, ...kept]) {
    const destination = path.join(target, file);
    if (!madeDirs.has(path.dirname(destination))) {
      mkdirSync(path.dirname(destination), { recursive: true });
      madeDirs.add(path.dirname(destination));
    }
    // A copy-on-write clone where the file system can, a plain copy elsewhere.
    copyFileSync(path.join(source, file), destination, constants.COPYFILE_FICLONE);
  }
  return {
    pages: summaries.reduce((sum, summary) => sum + summary.pages, 0),
    pagesWithOtherScripts: summaries.flatMap((summary) => summary.pagesWithOtherScripts),
    droppedFrameworkScripts: summaries.reduce((sum, summary) => sum + summary.droppedFrameworkScripts, 0),
    droppedRscFiles,
    droppedScriptFiles: frameworkScripts.length - kept.length,
    copiedFiles: copies.length + kept.length,
  };
}
