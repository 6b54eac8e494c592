/**
 * Renders the hand-drawn SVG illustrations in scripts/illustrations/ to JPEG.
 *
 *   npx tsx scripts/render-illustrations.ts
 *
 * Every *.svg in scripts/illustrations/ must have an entry in TARGETS (the
 * script fails otherwise), so an illustration can never be silently skipped.
 */
import { readdir, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp, { type JpegOptions } from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = path.join(ROOT, 'scripts', 'illustrations');

/** SVG file name (in scripts/illustrations/) -> output path relative to the repo root. */
const TARGETS: Record<string, string> = {
  'chat-bot.svg': 'content/posts/large-language-models-training/chat-bot.jpg',
};

const JPEG_OPTIONS: JpegOptions = {
  quality: 80,
  progressive: true,
  mozjpeg: true,
};

/** Above this size we print a warning: covers are downloaded on slow phones. */
const SIZE_BUDGET_BYTES = 80 * 1024;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const svgs = (await readdir(SOURCE_DIR)).filter((name) => name.toLowerCase().endsWith('.svg')).sort();

  if (svgs.length === 0) {
    throw new Error(`No SVG files found in ${SOURCE_DIR}`);
  }

  const unmapped = svgs.filter((name) => !(name in TARGETS));
  if (unmapped.length > 0) {
    throw new Error(`No output path configured in TARGETS for: ${unmapped.join(', ')}`);
  }

  for (const name of svgs) {
    const input = path.join(SOURCE_DIR, name);
    const output = path.join(ROOT, TARGETS[name]!);
    await mkdir(path.dirname(output), { recursive: true });

    const info = await sharp(input)
      // The SVGs paint their own opaque background; flatten anyway so a
      // transparent pixel can never turn black in the JPEG.
      .flatten({ background: '#ffffff' })
      .jpeg(JPEG_OPTIONS)
      .toFile(output);

    const { size } = await stat(output);
    const warn = size > SIZE_BUDGET_BYTES ? `  (over ${kb(SIZE_BUDGET_BYTES)} budget!)` : '';
    console.log(`${name} -> ${path.relative(ROOT, output)}  ${info.width}x${info.height}  ${kb(size)}${warn}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
