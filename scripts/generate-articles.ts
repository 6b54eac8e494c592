/**
 * `npm run generate:articles -- --count 1000 [--seed 1] [--out bench/tmp/content-1000]`
 * Writes generated Persian articles (scripts/bench/article-generator.ts) to a content folder;
 * build against it with `CONTENT_DIR=<out> npm run build`. The folder is replaced each time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { generateArticles } from './bench/article-generator';
import { commandLineOrExit } from './command-line';

export async function writeGeneratedContent(outDir: string, count: number, seed: number): Promise<number> {
  rmSync(outDir, { recursive: true, force: true });
  const files = generateArticles({ count, seed });
  for (const file of files) {
    const target = path.join(outDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    if (file.text !== undefined) writeFileSync(target, file.text);
    else if (file.cover) {
      const { width, height, hue } = file.cover;
      // A two-colour gradient with a few shapes: compresses like a real illustration, not like a flat fill.
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
        <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stop-color="hsl(${hue},60%,35%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},70%,60%)"/>
        </linearGradient></defs>
        <rect width="100%" height="100%" fill="url(#g)"/>
        <circle cx="${width * 0.3}" cy="${height * 0.4}" r="${height * 0.25}" fill="hsl(${(hue + 180) % 360},50%,70%)" opacity="0.5"/>
        <rect x="${width * 0.55}" y="${height * 0.3}" width="${width * 0.3}" height="${height * 0.4}" rx="24" fill="white" opacity="0.25"/>
      </svg>`;
      await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(target);
    }
  }
  return files.filter((file) => file.text !== undefined).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = commandLineOrExit('usage: npm run generate:articles -- [--count 100] [--seed 1] [--out bench/tmp/content-<count>]', {
    count: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`✗ --count must be a whole number of articles, not «${values.count}»`);
    process.exit(2);
  }
  const out = path.resolve(values.out ?? `bench/tmp/content-${count}`);
  const written = await writeGeneratedContent(out, count, Number(values.seed));
  console.log(`${written} articles written to ${out}\nbuild them: CONTENT_DIR=${path.relative(process.cwd(), out)} npm run build`);
}
