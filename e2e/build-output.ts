import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What `next build` (for `next start`) and the static export write: everything a deployment ships. */
export const PRODUCTION_OUTPUT_DIRS = ['.next', 'out'];

/** The lean static export the tests derive from out/ (scripts/lean-export.ts): production output too. */
export const LEAN_EXPORT_DIR = 'out-lean';

/** The preview build (SHOW_DRAFTS=1) the tests serve beside production; never `.next` or `out`. */
export const PREVIEW_DIST_DIR = '.next-preview';

/**
 * Every file under `dir` (relative to the project root), cache included. Symbolic links are not
 * followed: Next links `.next/node_modules/<package>` to the project's own node_modules, which
 * is not build output. `.next/dev` is `next dev`'s own folder (drafts are on there by design),
 * never written by `next build`, so it is left out.
 */
export function filesUnder(dir: string): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(path.join(PROJECT_ROOT, relative), { withFileTypes: true }).flatMap((entry) => {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) return child === path.join('.next', 'dev') ? [] : walk(child);
      return entry.isFile() ? [child] : [];
    });
  return walk(dir);
}

/** The files whose path or bytes contain any of `words` (ASCII), with the words found. */
export function filesMentioning(files: string[], words: string[]): string[] {
  return files.flatMap((file) => {
    const bytes = readFileSync(path.join(PROJECT_ROOT, file));
    const found = words.filter((word) => file.includes(word) || bytes.includes(word));
    return found.length > 0 ? [`${file}: ${found.join(', ')}`] : [];
  });
}
