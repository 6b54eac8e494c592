import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The production build the tests serve with `next start`, in a folder of its own: an export build
 * always keeps its intermediate files in `.next/` (Next.js's rule when the export has its own
 * folder), and tests that build an export while the server runs must not pull its files away.
 */
export const SITE_DIST_DIR = '.next-site';

/**
 * What `next build` (for `next start`) and the static export write: everything a deployment ships,
 * and `.next/`, where the export build left its intermediate files.
 */
export const PRODUCTION_OUTPUT_DIRS = [SITE_DIST_DIR, '.next', 'out'];

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

/**
 * The files whose path or bytes contain any of `words` (ASCII), with the words found. Bytes, not
 * text: images, fonts and caches are searched too, and the word is also looked for as UTF-16
 * and in base64 (an inlined data URL or an encoded payload), and inside gzip files.
 */
export function filesMentioning(files: string[], words: string[]): string[] {
  const forms = new Map(words.map((word) => [word, encodedForms(word)]));
  return files.flatMap((file) => {
    const raw = readFileSync(path.join(PROJECT_ROOT, file));
    const contents = [raw, ...gunzipped(raw)];
    const found = words.filter(
      (word) => file.includes(word) || contents.some((bytes) => forms.get(word)!.some((form) => bytes.includes(form))),
    );
    return found.length > 0 ? [`${file}: ${found.join(', ')}`] : [];
  });
}

/** The word as UTF-8 and UTF-16 bytes, and the part of its base64 that is the same at any of the three byte alignments. */
export function encodedForms(word: string): Buffer[] {
  const base64 = [0, 1, 2].map((offset) => {
    const encoded = Buffer.from('\0'.repeat(offset) + word).toString('base64');
    // The characters that carry only the word's bytes: skip the padding's share at each end.
    return encoded.slice(Math.ceil((offset * 4) / 3) + 1, Math.floor(((offset + word.length) * 4) / 3) - 1);
  });
  return [Buffer.from(word), Buffer.from(word, 'utf16le'), ...base64.map((text) => Buffer.from(text))];
}

function gunzipped(bytes: Buffer): Buffer[] {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return [];
  try {
    return [gunzipSync(bytes)];
  } catch {
    return [];
  }
}
