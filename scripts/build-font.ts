/**
 * Builds the self-hosted Persian font: a character subset of the variable
 * Vazirmatn font (wght 100–900), written as WOFF2 to app/fonts/.
 *
 *   npx tsx scripts/build-font.ts
 *
 * What is kept:
 *  - the variable `wght` axis (no `variationAxes` option => axes untouched);
 *  - HarfBuzz's default layout-feature set (see LAYOUT_FEATURES), i.e. every
 *    feature a browser applies on its own: ccmp, locl, init/medi/fina/isol,
 *    rlig, liga, calt, clig, rclt, curs, kern, mark/mkmk, … plus tnum/lnum
 *    for `font-variant-numeric`. The glyphs these features reach are kept too
 *    (GSUB closure), which is what Arabic joining and mark placement need;
 *  - hinting, and the licence/copyright entries of the `name` table.
 *
 * What is dropped: opt-in stylistic features that only apply when CSS asks
 * for them explicitly — small caps (smcp, c2sc), old-style figures (onum),
 * salt, ss01, dlig, unic, cpsp — and the glyphs only they reach. Note that
 * subset-font on its own would keep *all* features (`--layout-features='*'`);
 * the small-caps glyphs alone cost ~12 KB, so we pass an explicit list.
 *
 * The output is a pure function of the input font, the lists below and the
 * pinned subset-font/harfbuzzjs versions (no timestamps, no randomness), so
 * re-running it gives identical bytes.
 */
import { readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// subset-font ships no TypeScript types; describe the part we use.
type SubsetFont = (
  font: Buffer,
  text: string,
  options: {
    targetFormat: 'woff2' | 'woff' | 'sfnt';
    keepFeatures?: string[];
    preserveNameIds?: number[];
  },
) => Promise<Buffer>;
const subsetFont = createRequire(import.meta.url)('subset-font') as SubsetFont;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2');
const OUTPUT = path.join(ROOT, 'app/fonts/vazirmatn-subset.woff2');
const LICENSE_SOURCE = path.join(ROOT, 'node_modules/vazirmatn/OFL.txt');
const LICENSE_OUTPUT = path.join(ROOT, 'app/fonts/OFL.txt');

/** Inclusive code point ranges. Code points the font does not map are simply ignored. */
const RANGES: ReadonlyArray<readonly [number, number, string]> = [
  [0x0020, 0x007e, 'Basic Latin'],
  [0x00a0, 0x00ff, 'Latin-1 Supplement (NBSP, « », ×, ÷, ©, °, …)'],
  [0x0600, 0x06ff, 'Arabic (incl. Persian letters, ۰–۹, ٪, ٫, ٬, ، ؛ ؟)'],
  [0x2000, 0x206f, 'General Punctuation (ZWNJ, ZWJ, LRM/RLM, dashes, quotes, …, isolates)'],
  [0x2190, 0x2193, 'Arrows ← ↑ → ↓ (Vazirmatn 33 has none: browsers fall back)'],
  [0xfb50, 0xfdff, 'Arabic Presentation Forms-A'],
  [0xfe70, 0xfeff, 'Arabic Presentation Forms-B (incl. U+FEFF)'],
];

/** Single extra code points that are cheap and useful on a technical site. */
const EXTRA_CODE_POINTS: readonly number[] = [
  0x2122, // ™
  0x20ac, // €
  0x2212, // − minus sign
  0x2248, // ≈
  0x2260, // ≠
  0x2264, // ≤
  0x2265, // ≥
  0x221e, // ∞
  0x25cc, // ◌ dotted circle: inserted by shapers to carry stray combining marks
  0xfffd, // � replacement character
];

/**
 * Layout features to keep: HarfBuzz's own default list (hb-subset-input.cc,
 * `default_layout_features`, the same list pyftsubset uses), plus tnum/lnum.
 * Tags the font does not contain are simply ignored.
 */
const LAYOUT_FEATURES: readonly string[] = [
  // common
  'rvrn',
  'ccmp',
  'liga',
  'locl',
  'mark',
  'mkmk',
  'rlig',
  // fractions
  'frac',
  'numr',
  'dnom',
  // horizontal
  'calt',
  'clig',
  'curs',
  'kern',
  'rclt',
  // vertical
  'valt',
  'vert',
  'vkrn',
  'vpal',
  'vrt2',
  // ltr / rtl
  'ltra',
  'ltrm',
  'rtla',
  'rtlm',
  // random, justify
  'rand',
  'jalt',
  // East Asian spacing
  'chws',
  'vchw',
  'halt',
  'vhal',
  // Arabic shaper
  'init',
  'medi',
  'fina',
  'isol',
  'med2',
  'fin2',
  'fin3',
  'cswh',
  'mset',
  'stch',
  // Hangul, Tibetan, Indic shapers (absent from Vazirmatn; kept for completeness)
  'ljmo',
  'vjmo',
  'tjmo',
  'abvs',
  'blws',
  'abvm',
  'blwm',
  'nukt',
  'akhn',
  'rphf',
  'rkrf',
  'pref',
  'blwf',
  'half',
  'abvf',
  'pstf',
  'cfar',
  'vatu',
  'cjct',
  'pres',
  'psts',
  'haln',
  'dist',
  // Added: tabular / lining figures (Tailwind `tabular-nums`, `lining-nums`)
  'tnum',
  'lnum',
];

/**
 * name table IDs to keep in addition to HarfBuzz's defaults (0–6):
 * 13 = licence description, 14 = licence URL (OFL attribution).
 * Axis / instance names referenced by fvar/STAT are kept by HarfBuzz itself.
 */
const PRESERVE_NAME_IDS = [13, 14];

function buildCharacterList(): string {
  const codePoints = new Set<number>(EXTRA_CODE_POINTS);
  for (const [start, end] of RANGES) {
    for (let cp = start; cp <= end; cp++) codePoints.add(cp);
  }
  // Sorted so the input to the subsetter is always the same string.
  return String.fromCodePoint(...[...codePoints].sort((a, b) => a - b));
}

function describe(bytes: number): string {
  return `${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`;
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

async function main(): Promise<void> {
  const source = await readFile(SOURCE);
  const text = buildCharacterList();

  const subset = await subsetFont(source, text, {
    targetFormat: 'woff2',
    preserveNameIds: PRESERVE_NAME_IDS,
    keepFeatures: [...LAYOUT_FEATURES],
    // variationAxes deliberately NOT set: the wght axis stays fully variable.
  });

  if (subset.subarray(0, 4).toString('latin1') !== 'wOF2') {
    throw new Error('subset-font did not produce a WOFF2 file');
  }

  await mkdir(path.dirname(OUTPUT), { recursive: true });
  await writeFile(OUTPUT, subset);
  await copyFile(LICENSE_SOURCE, LICENSE_OUTPUT);

  const saved = 100 * (1 - subset.length / source.length);
  console.log(`requested code points: ${[...text].length}`);
  console.log(`input : ${path.relative(ROOT, SOURCE)}  ${describe(source.length)}`);
  console.log(`output: ${path.relative(ROOT, OUTPUT)}  ${describe(subset.length)}  sha256:${sha256(subset)}`);
  console.log(`saved : ${saved.toFixed(1)}%`);
  console.log(`licence copied to ${path.relative(ROOT, LICENSE_OUTPUT)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
