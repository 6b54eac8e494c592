import { expect, test } from './test';
import { BINARY_SEARCH, SEED } from './helpers';

/** What a browser says it accepts for images: next start's optimiser picks the format from it. */
const IMAGE_ACCEPT = 'image/avif,image/webp,image/apng,image/*,*/*;q=0.8';
/** The seed's cover as the author committed it (1200 × 675 JPEG). */
const SEED_COVER = '/posts/large-language-models-training/chat-bot.jpg';

function srcsetUrls(srcset: string): Array<{ url: string; width: number }> {
  return srcset.split(/,\s+/).map((candidate) => {
    const [url, descriptor] = candidate.trim().split(/\s+/);
    return { url: url!, width: Number(descriptor!.replace(/w$/, '')) };
  });
}

test('the cover, an article’s largest paint, is fetched first, eagerly, sized, and resized for a phone in a modern format', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SEED);
  const cover = page.getByTestId('cover');
  await expect(cover).toHaveAttribute('width', '1200');
  await expect(cover).toHaveAttribute('height', '675');
  await expect(cover).toHaveAttribute('fetchpriority', 'high');
  expect(await cover.getAttribute('loading')).not.toBe('lazy');
  // Announced in <head>, so the browser asks for it before the stylesheet and fonts are in.
  const preloaded = page.locator('head link[rel="preload"][as="image"]');
  await expect(preloaded).toHaveAttribute('imagesrcset', (await cover.getAttribute('srcset'))!);

  const candidates = srcsetUrls((await cover.getAttribute('srcset')) ?? '');
  expect(candidates.length).toBeGreaterThanOrEqual(4);
  expect(Math.min(...candidates.map((candidate) => candidate.width))).toBeLessThanOrEqual(480);
  const original = await request.get(SEED_COVER);
  expect(original.status()).toBe(200);
  const originalBytes = (await original.body()).length;
  for (const candidate of candidates) {
    const response = await request.get(candidate.url, { headers: { accept: IMAGE_ACCEPT } });
    expect(response.status(), candidate.url).toBe(200);
    expect(response.headers()['content-type'], candidate.url).toMatch(/^image\/(webp|avif)/);
  }

  // What this phone downloaded: a variant a fraction of the original's size, not the original.
  await expect(cover).toHaveJSProperty('complete', true);
  const shown = await cover.evaluate((img: HTMLImageElement) => img.currentSrc);
  const chosen = candidates.find((candidate) => new URL(candidate.url, shown).href === shown);
  expect(chosen, shown).toBeDefined();
  // The narrowest width that fills this 390 px screen (one device pixel per CSS pixel).
  expect(chosen!.width).toBeGreaterThanOrEqual(390);
  expect(chosen!.width).toBeLessThan(1200);
  const downloaded = await request.get(shown, { headers: { accept: IMAGE_ACCEPT } });
  expect((await downloaded.body()).length).toBeLessThan(originalBytes / 2);
});

test('SVG figures are served as they are, without a list of widths', async ({ page }) => {
  await page.goto(BINARY_SEARCH);
  const cover = page.getByTestId('cover');
  await expect(cover).toHaveAttribute('src', /search-diagram\.svg$/);
  expect(await cover.getAttribute('srcset')).toBeNull();
});

test('a long article lays out only the blocks near the screen, shows each one reached, and prints them all', async ({ page }) => {
  await page.goto(BINARY_SEARCH);
  const last = page.locator('article .prose > p').last();
  expect(await last.evaluate((p) => getComputedStyle(p).contentVisibility)).toBe('auto');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await expect(last).toBeVisible();
  expect(await last.evaluate((p) => p.getBoundingClientRect().height)).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  expect(await last.evaluate((p) => getComputedStyle(p).contentVisibility)).toBe('visible');
});
