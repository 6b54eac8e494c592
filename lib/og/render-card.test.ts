import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { png, removeRoots, makeRoot } from '@/lib/content/test-fixtures';
import { postFixture } from '@/lib/content/post-fixture';
import path from 'node:path';
import { postCard, siteCard, vazirmatnFonts } from './cards';
import { CARD_HEIGHT, CARD_WIDTH, pangoMarkup, renderCard, textRenderer } from './render-card';

afterAll(removeRoots);

const fonts = vazirmatnFonts();

async function inkBox(card: Buffer) {
  return sharp(card).metadata();
}

describe('renderCard', () => {
  it('makes a 1200×630 JPEG for an article without a cover (light)', async () => {
    const card = await renderCard(postCard(postFixture({ title: 'مرتب‌سازی ادغامی: تقسیم و حل در عمل' }), 'نوشته‌های فنی', fonts));
    const meta = await inkBox(card);
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', CARD_WIDTH, CARD_HEIGHT]);
  });

  it('makes a 1200×630 JPEG over a cover of another shape (dark)', async () => {
    const root = makeRoot({ 'cover.png': await png(400, 900) });
    const post = postFixture({
      cover: { src: '/x/cover.png', file: path.join(root, 'cover.png'), width: 400, height: 900, alt: '', hidden: false },
    });
    const meta = await inkBox(await renderCard(postCard(post, 'نوشته‌های فنی', fonts)));
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', CARD_WIDTH, CARD_HEIGHT]);
  });

  it('fits a very long title and the site card in the same size', async () => {
    const long = Array.from({ length: 12 }, () => 'مدل‌های زبانی بزرگ و نحوهٔ آموزش آن‌ها').join(' ');
    for (const input of [
      postCard(postFixture({ title: long }), 'نوشته‌های فنی', fonts),
      siteCard({ name: 'نوشته‌های فنی', description: 'توضیح' }, fonts),
    ]) {
      const meta = await inkBox(await renderCard(input));
      expect([meta.width, meta.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    }
  });
});

describe('renderCard text placement', () => {
  /** Dark pixels (text on the light card) inside a rectangle. */
  async function inkIn(card: Buffer, box: { left: number; top: number; width: number; height: number }) {
    const { data } = await sharp(card).extract(box).greyscale().raw().toBuffer({ resolveWithObject: true });
    return data.filter((value) => value < 100).length;
  }

  it('draws a short title at the right edge (the start of a right-to-left line), none at the left', async () => {
    // A card with a long title first: cards share one background, and each must draw on a copy.
    await renderCard(postCard(postFixture({ title: 'مدل‌های زبانی بزرگ و نحوهٔ آموزش آن‌ها از صفر تا استقرار' }), 'نوشته‌های فنی', fonts));
    const card = await renderCard(postCard(postFixture({ title: 'گیت' }), 'نوشته‌های فنی', fonts));
    const titleBand = { top: 250, height: 130 };
    expect(await inkIn(card, { left: 920, width: 200, ...titleBand })).toBeGreaterThan(500);
    expect(await inkIn(card, { left: 80, width: 700, ...titleBand })).toBe(0);
  });
});

describe('renderCard over a cover', () => {
  it('letters the title in light ink at the right over the darkened picture, and leaves the left dark', async () => {
    const root = makeRoot({ 'cover.png': await png(1200, 675) });
    const post = postFixture({
      title: 'گیت',
      cover: { src: '/x/cover.png', file: path.join(root, 'cover.png'), width: 1200, height: 675, alt: '', hidden: false },
    });
    const card = await renderCard(postCard(post, 'نوشته‌های فنی', fonts));
    const light = async (box: { left: number; top: number; width: number; height: number }) => {
      const { data } = await sharp(card).extract(box).greyscale().raw().toBuffer({ resolveWithObject: true });
      return data.filter((value) => value > 200).length;
    };
    const titleBand = { top: 250, height: 130 };
    expect(await light({ left: 920, width: 200, ...titleBand })).toBeGreaterThan(500);
    expect(await light({ left: 80, width: 700, ...titleBand })).toBe(0);
  });
});

describe('wrapping a title with estimated widths', () => {
  const titles = [
    'مرتب‌سازی ادغامی: تقسیم و حل در عمل، با مثال‌هایی از Python 3.12 و پیچیدگی O(n log n)',
    'Git: شاخه‌ها، rebase و merge، و این‌که کدام را کی به کار ببریم تا تاریخچه خوانا بماند',
    'کش HTTP با Cache-Control: max-age=31536000 و immutable برای فایل‌های هش‌دار در ۵ نکته',
    Array.from({ length: 6 }, () => 'مدل‌های زبانی بزرگ و نحوهٔ آموزش آن‌ها').join(' '),
    'https://example.com/a/very/long/path/that/does/not/fit/on/one/line/of/the/card?query=1',
    'سلام 🙂 دنیا و یک عنوان بلند که باید در چند سطر بشکند تا در کارت جا شود',
    'بـرنامـه‌نویسـی پـایتـون بـرای هـمه و آمـوزش گـام بـه گـام از صـفر تـا صـد',
    'مُقَدَّمه‌ای بر مُحَاسَبات کُوانتُومی و الگوریتم‌های شُور و گُرُوور برای مُهَندسانِ نرم‌افزار',
    'و در با برای آموزش Windows™️ و Office®️ و Excel™️ و PowerPoint®️ و OneDrive™️',
  ];

  it('breaks every line where Pango’s own measurements break it, and asks Pango far less often', async () => {
    const withEstimate = textRenderer(fonts);
    const pangoOnly = textRenderer(fonts, () => undefined);
    for (const title of titles)
      for (const size of [68, 58, 50]) {
        const [estimated, exact] = await Promise.all([
          withEstimate.wrap(title, size, 'bold', '#000000', 1040, 3),
          pangoOnly.wrap(title, size, 'bold', '#000000', 1040, 3),
        ]);
        expect({ lines: estimated.lines, truncated: estimated.truncated }, `${title} at ${size} px`).toEqual({
          lines: exact.lines,
          truncated: exact.truncated,
        });
      }
    expect(withEstimate.counts.measuredByPango).toBeGreaterThan(0);
    expect(withEstimate.counts.measuredByPango).toBeLessThan(pangoOnly.counts.measuredByPango / 3);
  });
});

describe('pangoMarkup', () => {
  it('escapes markup and forces a right-to-left line', () => {
    expect(pangoMarkup('a </span> & b')).toBe('\u200fa &lt;/span&gt; &amp; b');
  });

  it('isolates Latin tokens with neutral edges, keeps ZWNJ', () => {
    expect(pangoMarkup('زبان C++ و می‌کنم')).toBe('\u200fزبان \u2066C++\u2069 و می‌کنم');
  });
});
