/**
 * Bundles the reader's script (lib/browser/site.ts) with esbuild into public/assets/: ESM,
 * minified, split (a dynamic `import()` becomes its own lazily loaded chunk) and content-hashed,
 * so /assets/* can be cached forever. Run by next.config.ts before Next builds or serves.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

export const BROWSER_ENTRY = 'lib/browser/site.ts';
/** Where the bundles go, and the URL that folder is served at. */
export const ASSETS_DIR = 'public/assets';
export const ASSETS_URL = '/assets/';

/** Builds the bundles afresh and returns the URL of the entry (`/assets/site-<hash>.js`). */
export function buildBrowserAssets(root: string = process.cwd()): string {
  const outdir = path.join(root, ASSETS_DIR);
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: [BROWSER_ENTRY],
    outdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: ['es2020'],
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Another build may run while a server serves this folder (the tests build fixture sites beside
  // the running one): a file is replaced by a rename, never rewritten in place, and unchanged
  // files are left alone. Old hashed files would pile up otherwise; the folder is ours alone.
  mkdirSync(outdir, { recursive: true });
  const written = new Set<string>();
  for (const file of result.outputFiles) {
    written.add(path.basename(file.path));
    if (existsSync(file.path) && readFileSync(file.path).equals(file.contents)) continue;
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  for (const name of readdirSync(outdir)) if (!written.has(name)) rmSync(path.join(outdir, name), { recursive: true, force: true });
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === BROWSER_ENTRY);
  if (!entry) throw new Error(`esbuild wrote no bundle for ${BROWSER_ENTRY}`);
  return ASSETS_URL + path.basename(entry[0]);
}
