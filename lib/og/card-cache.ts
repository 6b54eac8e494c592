import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CardInput } from './render-card';

/** Counters of one process, for tests: cards drawn and cards read back from the cache. */
export const cardCounters: { drawn: number; hits: number } = ((
  globalThis as { __persianCardCounters?: { drawn: number; hits: number } }
).__persianCardCounters ??= {
  drawn: 0,
  hits: 0,
});

export interface CardCache {
  dir: string;
  /** The drawing code and what it draws with (sharp's version, the fonts): part of every key. */
  version: string;
}

/**
 * A social card drawn once and kept on disk across builds: each JPEG costs tens of
 * milliseconds of CPU (text shaping, the background, compositing, encoding), the largest share
 * of a build's per-article work after the page itself. The key is everything the picture
 * depends on: its text, theme and fonts, the cover file (by size and time) and the drawer's version.
 */
export async function cachedCard(
  input: CardInput,
  draw: (input: CardInput) => Promise<Buffer>,
  cache: CardCache | undefined,
): Promise<Buffer> {
  if (!cache) {
    cardCounters.drawn++;
    return draw(input);
  }
  const file = path.join(/* turbopackIgnore: true */ cache.dir, `${cardKey(input, cache.version)}.jpg`);
  try {
    const found = readFileSync(file);
    cardCounters.hits++;
    return found;
  } catch {
    // not drawn yet
  }
  cardCounters.drawn++;
  const card = await draw(input);
  try {
    mkdirSync(cache.dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, card);
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return card;
}

function cardKey(input: CardInput, version: string): string {
  const cover = input.coverFile ? statSync(input.coverFile) : undefined;
  return createHash('sha256')
    .update(version)
    .update('\0')
    .update(JSON.stringify({ ...input, cover: cover && [cover.size, Math.round(cover.mtimeMs)] }))
    .digest('hex')
    .slice(0, 40);
}

/** Source files of the drawing code, relative to the project. */
const DRAWING_SOURCES = [
  'lib/og/render-card.ts',
  'lib/og/blend-over.ts',
  'lib/og/text-width.ts',
  'lib/og/wrap-lines.ts',
  'lib/og/cards.ts',
  'lib/persian/bidi.ts',
];

/**
 * The cache of a production build (`next build`), beside the compiled articles in
 * node_modules/.cache/; undefined elsewhere, with `ARTICLE_CACHE=0`, or where the drawing code
 * is not on disk (a deployed server).
 */
export function buildCardCache(rootDir: string = process.cwd()): CardCache | undefined {
  const state = globalThis as { __persianCardCache?: { rootDir: string; cache: CardCache | undefined } };
  if (state.__persianCardCache?.rootDir === rootDir) return state.__persianCardCache.cache;
  let cache: CardCache | undefined;
  if (process.env.NODE_ENV === 'production' && process.env.ARTICLE_CACHE !== '0') {
    const version = drawingVersion(rootDir);
    if (version)
      cache = { dir: path.join(/* turbopackIgnore: true */ rootDir, 'node_modules', '.cache', 'persian-articles', 'og'), version };
  }
  state.__persianCardCache = { rootDir, cache };
  return cache;
}

export function drawingVersion(rootDir: string): string | undefined {
  const hash = createHash('sha256');
  try {
    for (const source of DRAWING_SOURCES)
      hash
        .update(source)
        .update('\0')
        .update(readFileSync(path.join(/* turbopackIgnore: true */ rootDir, source)))
        .update('\0');
    // sharp draws, Vazirmatn is drawn with, HarfBuzz's widths decide where titles break.
    for (const name of ['sharp', 'vazirmatn', 'harfbuzzjs']) {
      const manifest = JSON.parse(
        readFileSync(path.join(/* turbopackIgnore: true */ rootDir, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string };
      hash.update(`${name}@${manifest.version}\0`);
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex').slice(0, 16);
}
