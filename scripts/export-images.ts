/**
 * `tsx scripts/export-images.ts <export folder>`: writes the resized WebP images the exported
 * pages offer in `srcset` (named by lib/export/image-loader.ts), from the originals the export
 * already holds. `npm run build:export` runs it after the export build. Encoded files are kept
 * in node_modules/.cache/ by the original's content and the width, so a rebuild only encodes
 * new or changed images (`ARTICLE_CACHE=0` encodes everything again).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { imageVariantsInHtml, type ImageVariant } from '@/lib/export/image-variants';

/** Bumped when the encoding below changes, so cached files made the old way are not reused. */
const ENCODING = 'webp-q75-v1';
const CACHE_DIR = path.resolve('node_modules/.cache/persian-articles/export-images');
const useCache = process.env.ARTICLE_CACHE !== '0';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith('.html')) yield file;
  }
}

/** The file a site path names in the export (pages write Persian paths as they are, or percent-encoded). */
function fileOf(exportDir: string, urlPath: string): string {
  let decoded = urlPath;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    // Not percent-encoded after all: the path as written.
  }
  const file = path.resolve(exportDir, '.' + decoded);
  if (!file.startsWith(exportDir + path.sep)) throw new Error(`image ${urlPath} is outside the export`);
  return file;
}

async function writeVariant(exportDir: string, variant: ImageVariant, originals: Map<string, Buffer>): Promise<'encoded' | 'cached'> {
  const originalFile = fileOf(exportDir, variant.original);
  if (!originals.has(originalFile)) {
    if (!existsSync(originalFile)) throw new Error(`${variant.url}: its original ${variant.original} is not in the export`);
    originals.set(originalFile, readFileSync(originalFile));
  }
  const original = originals.get(originalFile)!;
  const target = fileOf(exportDir, variant.url);
  const key = createHash('sha256').update(ENCODING).update(String(variant.width)).update(original).digest('hex');
  const cached = path.join(CACHE_DIR, `${key}.webp`);
  if (useCache && existsSync(cached)) {
    copyFileSync(cached, target);
    return 'cached';
  }
  // Never enlarged: a width past the original's gets the original's size, in WebP.
  const webp = await sharp(original).rotate().resize({ width: variant.width, withoutEnlargement: true }).webp({ quality: 75 }).toBuffer();
  writeFileSync(target, webp);
  if (useCache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, webp);
  }
  return 'encoded';
}

const exportDir = path.resolve(process.argv[2] ?? '');
if (!process.argv[2] || !existsSync(exportDir)) {
  console.error('usage: tsx scripts/export-images.ts <export folder>');
  process.exit(2);
}
const started = performance.now();
const variants = new Map<string, ImageVariant>();
for (const file of htmlFiles(exportDir)) {
  for (const variant of imageVariantsInHtml(readFileSync(file, 'utf8'))) variants.set(variant.url, variant);
}
const originals = new Map<string, Buffer>();
const counts = { encoded: 0, cached: 0 };
// sharp encodes on its own thread pool; a few at a time keeps memory flat on big sites.
const queue = [...variants.values()];
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let variant = queue.shift(); variant; variant = queue.shift()) counts[await writeVariant(exportDir, variant, originals)]++;
  }),
);
console.log(
  `export images: ${variants.size} resized WebP files (${counts.encoded} encoded, ${counts.cached} from the cache) in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
