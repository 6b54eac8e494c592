import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * KaTeX's stylesheet and fonts, served by the site itself (app/katex/) and linked only from
 * pages that hold math (components/mdx/article-body.tsx): an article without math downloads
 * neither. The address carries a hash of the stylesheet, so it can be cached for a year.
 */
export interface KatexAssets {
  /** The stylesheet with only the WOFF2 source of each font (every browser we serve reads WOFF2). */
  css: string;
  /** The font files the stylesheet refers to, relative to it (`fonts/KaTeX_Main-Regular.woff2`). */
  fonts: string[];
  /** Short hash of `css`: part of every address, so a new KaTeX version gets new addresses. */
  hash: string;
}

const FONT_SOURCE =
  /url\((fonts\/[\w-]+)\.woff2\) format\("woff2"\)(?:,url\(\1\.woff\) format\("woff"\))?(?:,url\(\1\.ttf\) format\("truetype"\))?/g;

/** Keeps only the WOFF2 source in each `src:` of KaTeX's `@font-face` rules. */
export function keepWoff2Sources(css: string): string {
  return css.replace(FONT_SOURCE, 'url($1.woff2) format("woff2")');
}

/** The relative font addresses a stylesheet refers to, each once, in order of appearance. */
export function referencedFonts(css: string): string[] {
  return [...new Set([...css.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1]!))];
}

export function katexAssetsFrom(originalCss: string): KatexAssets {
  const css = keepWoff2Sources(originalCss);
  return { css, fonts: referencedFonts(css), hash: createHash('sha256').update(css).digest('hex').slice(0, 10) };
}

const katexDist = (rootDir: string) => path.join(/* turbopackIgnore: true */ rootDir, 'node_modules', 'katex', 'dist');

let cached: KatexAssets | undefined;

/** KaTeX's assets from the installed package (read once per process). */
export function katexAssets(rootDir: string = process.cwd()): KatexAssets {
  return (cached ??= katexAssetsFrom(readFileSync(path.join(katexDist(rootDir), 'katex.min.css'), 'utf8')));
}

/** Where a KaTeX asset is served: `/katex/<hash>/katex.min.css`, `/katex/<hash>/fonts/…`. */
export function katexAssetPath(file: string, assets: KatexAssets = katexAssets()): string {
  return `/katex/${assets.hash}/${file}`;
}

export const KATEX_STYLESHEET = 'katex.min.css';

/** Reads a font file of the installed package; `file` must be one the stylesheet names. */
export function readKatexFont(file: string, rootDir: string = process.cwd()): Buffer {
  if (!katexAssets(rootDir).fonts.includes(file)) throw new Error(`not a KaTeX font: ${file}`);
  return readFileSync(path.join(katexDist(rootDir), file));
}
