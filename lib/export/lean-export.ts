/**
 * The lean static export: a copy of a Next.js static export (`out/`) whose pages ship no
 * Next/React runtime and no RSC payload, only the reader's own script (lib/browser/, in
 * /assets/). Everything else (CSS, fonts, images, feeds, the search index) is copied as is.
 */
import { constants, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { leanPage, type LeanPageOptions } from './lean-html';
import { isFrameworkScriptFile, isRscPayload } from './lean-files';

export interface LeanExportReport {
  pages: number;
  /** Pages that had a script dropped that was not recognisably Next's (listed, to be looked at). */
  pagesWithOtherScripts: string[];
  droppedFrameworkScripts: number;
  droppedRscFiles: number;
  droppedScriptFiles: number;
  copiedFiles: number;
}

function listFiles(root: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return files;
}

/** Writes the lean export of `from` into `to` (replaced). */
export function leanExport(from: string, to: string, options: LeanPageOptions): LeanExportReport {
  const source = path.resolve(from);
  const target = path.resolve(to);
  if (target === source || target.startsWith(source + path.sep) || source.startsWith(target + path.sep)) {
    throw new Error(`lean export: ${to} must be a folder apart from ${from}`);
  }
  rmSync(target, { recursive: true, force: true });

  const files = listFiles(source);
  const present = new Set(files);
  const report: LeanExportReport = {
    pages: 0,
    pagesWithOtherScripts: [],
    droppedFrameworkScripts: 0,
    droppedRscFiles: 0,
    droppedScriptFiles: 0,
    copiedFiles: 0,
  };
  const madeDirs = new Set<string>();
  const destination = (file: string) => {
    const full = path.join(target, file);
    const dir = path.dirname(full);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    return full;
  };

  const referencedScripts = new Set<string>();
  const frameworkScripts: string[] = [];
  for (const file of files) {
    if (isRscPayload(file, (candidate) => present.has(candidate))) {
      report.droppedRscFiles++;
    } else if (isFrameworkScriptFile(file)) {
      frameworkScripts.push(file); // decided once every page is known
    } else if (file.endsWith('.html')) {
      const page = leanPage(readFileSync(path.join(source, file), 'utf8'), options);
      writeFileSync(destination(file), page.html);
      for (const src of page.scriptSources) referencedScripts.add(src.split(/[?#]/)[0]!.replace(/^\//, ''));
      report.pages++;
      report.droppedFrameworkScripts += page.droppedFrameworkScripts;
      if (page.droppedOtherScripts > 0) report.pagesWithOtherScripts.push(file);
    } else {
      // A copy-on-write clone where the file system can, a plain copy elsewhere.
      copyFileSync(path.join(source, file), destination(file), constants.COPYFILE_FICLONE);
      report.copiedFiles++;
    }
  }
  for (const file of frameworkScripts) {
    if (referencedScripts.has(file)) {
      copyFileSync(path.join(source, file), destination(file), constants.COPYFILE_FICLONE);
      report.copiedFiles++;
    } else {
      report.droppedScriptFiles++;
    }
  }
  return report;
}
