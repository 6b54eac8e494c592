import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { vazirmatnFonts } from './cards';
import { pangoMarkup } from './render-card';
import { estimateTextWidth, scriptRuns } from './text-width';

const fonts = vazirmatnFonts();

async function pangoWidth(text: string, size: number, fontFile: string): Promise<number> {
  const weight = fontFile === fonts.bold ? ' Bold' : '';
  const { width } = await sharp({
    text: { text: pangoMarkup(text), font: `${fonts.family}${weight} ${size}`, fontfile: fontFile, rgba: true, dpi: 72 },
  }).metadata();
  return width ?? 0;
}

/** Titles as authors write them: Persian with ZWNJs, Latin terms, code, numbers of both kinds, quotes. */
const SAMPLES = [
  'مرتب‌سازی ادغامی: تقسیم و حل در عمل',
  'Git: شاخه‌ها، rebase و merge',
  'زبان C++ و پیچیدگی O(n log n)',
  '«نقل‌قول» در بخش ۳ (۱۴۰۲)؟',
  'کش HTTP با Cache-Control: max-age=31536000',
  'مدل‌های زبانی بزرگ و نحوهٔ آموزش آن‌ها',
  'Python 3.12 در ۵ نکته',
  'https://example.com/a/very/long/path?query=1',
  'می‌کنم، می‌شود، نمی‌خواهند',
  // Vowel marks and kashida have no script of their own: the letters around them still join.
  'مالکیّت و فِی‌الْمَثَلِ مُسْتَقِیمًا',
  'مُقَدَّمه‌ای بر مُحَاسَبات کُوانتُومی',
  'بـرنامـه‌نویسـی پـایتـون بـرای هـمه',
];

describe('estimateTextWidth', () => {
  it('is as close to the width Pango draws as it says, for every prefix of real titles, bold and regular', async () => {
    let largest = 0;
    let nearest = Infinity;
    for (const sample of SAMPLES) {
      const words = sample.split(' ');
      for (let count = 1; count <= words.length; count++) {
        const run = words.slice(0, count).join(' ');
        for (const [size, file] of [
          [68, fonts.bold],
          [50, fonts.bold],
          [28, fonts.regular],
        ] as const) {
          const estimated = estimateTextWidth(run, size, file);
          expect(estimated, run).toBeDefined();
          const miss = Math.abs(estimated!.width - (await pangoWidth(run, size, file)));
          expect(miss, `${run} at ${size} px`).toBeLessThanOrEqual(estimated!.uncertainty);
          largest = Math.max(largest, miss);
          nearest = Math.min(nearest, estimated!.uncertainty - miss);
        }
      }
    }
    // Not a bound so loose it could never fail: the runs do part from Pango's widths, and the
    // closest comes within a few pixels of the bound.
    expect(largest).toBeGreaterThan(8);
    expect(nearest).toBeLessThan(12);
  });

  it('grows with the text and the size', () => {
    const short = estimateTextWidth('گیت', 68, fonts.bold)!.width;
    expect(estimateTextWidth('گیت و گیت', 68, fonts.bold)!.width).toBeGreaterThan(2 * short);
    expect(estimateTextWidth('گیت', 34, fonts.bold)!.width).toBeCloseTo(short / 2, 5);
  });

  it('cannot tell a run with a character the font lacks or Pango may draw from another font', () => {
    expect(estimateTextWidth('سلام 🙂', 68, fonts.bold)).toBeUndefined();
    expect(estimateTextWidth('漢字', 68, fonts.bold)).toBeUndefined();
    // In Vazirmatn, but the selector asks for an emoji, which Pango takes from an emoji font.
    expect(estimateTextWidth('Windows™️ و Office®️', 68, fonts.bold)).toBeUndefined();
  });
});

describe('scriptRuns', () => {
  it('cuts where the script changes, keeping marks, kashida, ZWNJ, spaces and digits with the run before', () => {
    expect(scriptRuns('Git: شاخه‌ها و rebase')).toEqual(['Git: ', 'شاخه‌ها و ', 'rebase']);
    expect(scriptRuns('مُقَدَّمه‌ای بـر ۳ C++')).toEqual(['مُقَدَّمه‌ای بـر ۳ ', 'C++']);
    expect(scriptRuns('«نقل» 2024')).toEqual(['«نقل» 2024']);
    expect(scriptRuns('')).toEqual([]);
  });
});
