/**
 * Builds the self-hosted Persian font: two static Vazirmatn instances, Regular (400) and
 * Bold (700), subset to what Persian technical text needs and written as WOFF2 to app/fonts/.
 *
 *   npm run build:font
 *
 * Why two static files and not the variable font: a page needs two weights (text and
 * headings), and the designer's own static instances subset to ~19 KB each, while the variable
 * font carries every weight's outline deltas (72 KB for the same characters). Every heavier
 * weight the design asks for (semibold, extrabold, black) is drawn by the Bold file: the
 * `@font-face` rules in app/layout.tsx give it the range 550–900 (FONT_FILES below).
 *
 * What is kept (CHARACTERS): Persian letters and the Arabic letters readers paste (ي ك ة أ …),
 * the marks Persian writes (tanwin, harakat, tashdid, sukun, hamza above), Persian and Latin
 * digits, ٪ ٫ ٬ ، ؛ ؟, ZWNJ/ZWJ and every bidi control, basic Latin, the Latin-1 signs a page
 * uses (« » NBSP § © ° ± · × ÷), general punctuation (dashes, quotes, …) and a few technical signs (− ≤ ≥ ≈ ≠ ∞ € ™).
 * Each mark costs ~0.9 KB per file (its glyph and attachment anchors), so only those are kept.
 * Left out: Urdu/Sindhi/Kurdish letters, Arabic-Indic digits ٠–٩ and Quranic marks (Arabic
 * text, not Persian), Arabic presentation forms (compatibility code points, not what keyboards
 * type; their shapes stay reachable through the features below) and accented Latin letters (an
 * English word with é falls back to the system face for that letter).
 *
 * Layout features kept (LAYOUT_FEATURES): what the Arabic shaper and the browser apply on
 * their own — ccmp, locl, init/medi/fina/isol, rlig, liga, calt, clig, rclt, curs, kern,
 * mark/mkmk. The glyphs they reach are kept too (GSUB closure): that is what joining needs.
 * Opt-in features (smcp, onum, ss01, tnum, …) and their glyphs are dropped.
 *
 * The output is a pure function of the input fonts, the lists below and the pinned
 * subset-font/harfbuzzjs versions (no timestamps, no randomness): rerunning gives the same
 * bytes, and `--check` fails when the committed files differ from what the script would write.
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
const WEBFONTS = path.join(ROOT, 'node_modules/vazirmatn/fonts/webfonts');
const FONTS_DIR = path.join(ROOT, 'app/fonts');

/** The two faces of the site: source instance and output file (app/layout.tsx loads these). */
const FONT_FILES = [
  { source: 'Vazirmatn-Regular.woff2', output: 'vazirmatn-regular.woff2' },
  { source: 'Vazirmatn-Bold.woff2', output: 'vazirmatn-bold.woff2' },
] as const;

/** Inclusive code point ranges. Code points the font does not map are simply ignored. */
const CHARACTERS: ReadonlyArray<readonly [number, number, string]> = [
  [0x0020, 0x007e, 'Basic Latin'],
  [0x00a0, 0x00a0, 'no-break space'],
  [0x00a7, 0x00a7, '§'],
  [0x00a9, 0x00a9, '©'],
  [0x00ab, 0x00ab, '«'],
  [0x00ad, 0x00ae, 'soft hyphen, ®'],
  [0x00b0, 0x00b1, '° ±'],
  [0x00b7, 0x00b7, '· middle dot'],
  [0x00bb, 0x00bb, '»'],
  [0x00d7, 0x00d7, '×'],
  [0x00f7, 0x00f7, '÷'],
  [0x060c, 0x060c, '، Arabic comma'],
  [0x061b, 0x061b, '؛ Arabic semicolon'],
  [0x061f, 0x061f, '؟ Arabic question mark'],
  [0x0621, 0x063a, 'Arabic letters hamza … ghain (incl. آ أ ؤ إ ئ ة)'],
  [0x0640, 0x064a, 'tatweel, ف … ي (incl. ك ي)'],
  [0x064b, 0x0652, 'the marks Persian writes: tanwin (اصلاً), fatha, damma, kasra, tashdid, sukun'],
  [0x0654, 0x0654, 'hamza above (خانهٔ)'],
  [0x066a, 0x066c, '٪ ٫ ٬'],
  [0x0670, 0x0670, 'superscript alef'],
  [0x067e, 0x067e, 'پ'],
  [0x0686, 0x0686, 'چ'],
  [0x0698, 0x0698, 'ژ'],
  [0x06a9, 0x06a9, 'ک'],
  [0x06af, 0x06af, 'گ'],
  [0x06c0, 0x06c0, 'ۀ'],
  [0x06cc, 0x06cc, 'ی'],
  [0x06f0, 0x06f9, 'Persian digits ۰–۹'],
  [0x200b, 0x200f, 'ZWSP, ZWNJ, ZWJ, LRM, RLM'],
  [0x2010, 0x2027, 'dashes, quotes, bullets, …'],
  [0x202a, 0x202e, 'bidi embeddings and overrides'],
  [0x2030, 0x2033, '‰ ′ ″'],
  [0x2039, 0x203a, '‹ ›'],
  [0x2060, 0x2060, 'word joiner'],
  [0x2066, 0x2069, 'bidi isolates'],
  [0x20ac, 0x20ac, '€'],
  [0x2122, 0x2122, '™'],
  [0x2212, 0x2212, '− minus sign'],
  [0x221e, 0x221e, '∞'],
  [0x2248, 0x2248, '≈'],
  [0x2260, 0x2260, '≠'],
  [0x2264, 0x2265, '≤ ≥'],
  [0x25cc, 0x25cc, '◌ dotted circle: shapers put stray marks on it'],
  [0xfeff, 0xfeff, 'zero-width no-break space (BOM)'],
];

/** Features the browser applies by itself to Persian and Latin text; tags the font lacks are ignored. */
const LAYOUT_FEATURES: readonly string[] = [
  'rvrn',
  'ccmp',
  'locl',
  'init',
  'medi',
  'fina',
  'isol',
  'rlig',
  'liga',
  'calt',
  'clig',
  'rclt',
  'curs',
  'kern',
  'mark',
  'mkmk',
];

/**
 * name table IDs to keep in addition to HarfBuzz's defaults (0–6):
 * 13 = licence description, 14 = licence URL (OFL attribution).
 */
const PRESERVE_NAME_IDS = [13, 14];

const LICENSE_SOURCE = path.join(ROOT, 'node_modules/vazirmatn/OFL.txt');
const LICENSE_OUTPUT = path.join(FONTS_DIR, 'OFL.txt');

export function characterList(): string {
  const codePoints = new Set<number>();
  for (const [start, end] of CHARACTERS) {
    for (let cp = start; cp <= end; cp++) codePoints.add(cp);
  }
  // Sorted so the input to the subsetter is always the same string.
  return String.fromCodePoint(...[...codePoints].sort((a, b) => a - b));
}

const kib = (bytes: number) => `${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The two subset fonts as the script writes them: output file name and bytes. */
export async function buildFontFiles(): Promise<Array<{ source: string; output: string; bytes: Buffer; sourceBytes: number }>> {
  const text = characterList();
  const files = [];
  for (const file of FONT_FILES) {
    const source = await readFile(path.join(WEBFONTS, file.source));
    const bytes = await subsetFont(source, text, {
      targetFormat: 'woff2',
      preserveNameIds: PRESERVE_NAME_IDS,
      keepFeatures: [...LAYOUT_FEATURES],
    });
    if (bytes.subarray(0, 4).toString('latin1') !== 'wOF2') throw new Error('subset-font did not produce a WOFF2 file');
    files.push({ source: file.source, output: path.join(FONTS_DIR, file.output), bytes, sourceBytes: source.length });
  }
  return files;
}

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  let stale = false;
  await mkdir(FONTS_DIR, { recursive: true });
  const files = await buildFontFiles();
  for (const file of files) {
    if (checkOnly) {
      const committed = await readFile(file.output).catch(() => Buffer.alloc(0));
      if (!committed.equals(file.bytes)) {
        stale = true;
        console.error(`${path.relative(ROOT, file.output)} differs from what scripts/build-font.ts writes`);
      }
    } else {
      await writeFile(file.output, file.bytes);
    }
    console.log(
      `${file.source} ${kib(file.sourceBytes)} → ${path.relative(ROOT, file.output)} ${kib(file.bytes.length)} sha256:${sha256(file.bytes)}`,
    );
  }
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  console.log(`requested code points: ${[...characterList()].length}; both files: ${kib(total)}`);
  if (checkOnly) {
    if (stale) process.exitCode = 1;
    return;
  }
  await copyFile(LICENSE_SOURCE, LICENSE_OUTPUT);
  console.log(`licence copied to ${path.relative(ROOT, LICENSE_OUTPUT)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
