import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { katexAssetPath, katexAssets, katexAssetsFrom, keepWoff2Sources, readKatexFont, referencedFonts } from './stylesheet';

const rule =
  '@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")}';

describe('KaTeX stylesheet', () => {
  it('keeps only the WOFF2 source of a font', () => {
    expect(keepWoff2Sources(rule)).toBe('@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2")}');
    expect(referencedFonts(keepWoff2Sources(rule))).toEqual(['fonts/KaTeX_AMS-Regular.woff2']);
  });

  it('refers only to WOFF2 files the installed package has, and to all its WOFF2 fonts', () => {
    const assets = katexAssets();
    const dist = path.join(process.cwd(), 'node_modules/katex/dist');
    expect(assets.css).not.toMatch(/\.woff\)|\.ttf\)/);
    expect(assets.fonts.length).toBeGreaterThan(10);
    for (const font of assets.fonts) {
      expect(font).toMatch(/^fonts\/KaTeX_[\w-]+\.woff2$/);
      expect(existsSync(path.join(dist, font))).toBe(true);
    }
    const original = readFileSync(path.join(dist, 'katex.min.css'), 'utf8');
    const woff2InOriginal = new Set([...original.matchAll(/url\((fonts\/[^)]+\.woff2)\)/g)].map((match) => match[1]));
    expect(new Set(assets.fonts)).toEqual(woff2InOriginal);
    expect(assets.css.length).toBeLessThan(original.length);
  });

  it('puts the stylesheet hash in every address, so a changed stylesheet gets new addresses', () => {
    const a = katexAssetsFrom(rule);
    const b = katexAssetsFrom(rule.replace('AMS', 'Main'));
    expect(a.hash).not.toBe(b.hash);
    expect(katexAssetPath('katex.min.css', a)).toBe(`/katex/${a.hash}/katex.min.css`);
  });

  it('reads only the fonts the stylesheet names', () => {
    const font = readKatexFont(katexAssets().fonts[0]!);
    expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(() => readKatexFont('../katex.js')).toThrow();
  });
});
