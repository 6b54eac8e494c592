import { expect, test } from './test';
import { BINARY_SEARCH as PERSIAN_SLUG, SEED } from './helpers';

// The seed's title exactly as the author wrote it (its ZWNJs were lost before it reached us).
const SEED_TITLE = 'مدلهای زبانی بزرگ و نحوه آموزش آنها';

test('the home page lists the articles newest first; the seed is listed with its Jalali date and cover', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  // Newest first: every date is on or before the one above it.
  const dates = await page.locator('main article time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort().reverse()).toEqual(dates);

  const card = page.locator('article', { has: page.getByRole('link', { name: SEED_TITLE }) });
  // The seed is the oldest article: with a small page size it is on a later page of the list.
  for (let pages = 0; pages < 50 && (await card.count()) === 0; pages++) {
    const older = await page.getByRole('link', { name: 'نوشته‌های قدیمی‌تر' }).getAttribute('href');
    expect(older).toBeTruthy();
    await page.goto(older!);
  }
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('link', { name: SEED_TITLE })).toHaveAttribute('href', SEED);
  await expect(card.locator('time')).toHaveText('۱۰ بهمن ۱۴۰۲');
  await expect(card.locator('time')).toHaveAttribute('datetime', '2024-01-30');
  // Summary from the first paragraph of the seed (it has no description).
  await expect(card).toContainText('راجع به ChatGPT حداقل یک بار شنیدید');
  const thumbnail = card.locator('img');
  await expect(thumbnail).toHaveJSProperty('complete', true);
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('the seed article reads right to left with its title, Jalali date and cover', async ({ page }) => {
  const response = await page.goto(SEED);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page).toHaveTitle(new RegExp(SEED_TITLE));

  const published = page.locator('article header time').first();
  await expect(published).toHaveText('۱۰ بهمن ۱۴۰۲');
  await expect(published).toHaveAttribute('datetime', '2024-01-30');

  const cover = page.getByTestId('cover');
  await expect(cover).toHaveAttribute('width', '1200');
  await expect(cover).toHaveAttribute('height', '675');
  await expect(cover).toHaveJSProperty('complete', true);
  expect(await cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // The seed starts with the cover image again; it is shown once, not twice.
  await expect(page.locator('article img')).toHaveCount(1);

  // Body text and its heading, with a readable Persian id.
  await expect(page.locator('article')).toContainText('فکر میکنم حتی اگر اخبار هوش مصنوعی');
  await expect(page.locator('h2#آموزش-مدلهای-زبانی-بزرگ')).toHaveCount(1);
  const direction = await page
    .locator('article p')
    .first()
    .evaluate((p) => getComputedStyle(p).direction);
  expect(direction).toBe('rtl');
});

test('Vazirmatn, self-hosted, is the font actually used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(SEED);
  await page.evaluate(() => document.fonts.ready);
  const fonts = await page.evaluate(() => [...document.fonts].map((face) => ({ family: face.family, status: face.status })));
  const vazirmatn = fonts.filter((face) => /vazirmatn/i.test(face.family));
  expect(vazirmatn.length).toBeGreaterThan(0);
  expect(vazirmatn.some((face) => face.status === 'loaded')).toBe(true);
  const family = await page
    .locator('article p')
    .first()
    .evaluate((p) => getComputedStyle(p).fontFamily);
  expect(family.split(',')[0]).toMatch(/vazirmatn/i);
  const rendersWithIt = await page.evaluate((name) => document.fonts.check(`16px ${name}`, 'مدل‌های زبانی'), family.split(',')[0]!);
  expect(rendersWithIt).toBe(true);
  // Every request stays on this site: no font CDN, no third party.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);
});

test('an article with a Persian slug works end to end', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: /جست‌وجوی دودویی/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(encodeURI(PERSIAN_SLUG)));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('جست‌وجوی دودویی');

  const direct = await page.goto(PERSIAN_SLUG);
  expect(direct?.status()).toBe(200);
  // Its images, served from the article's Persian-named folder, load too.
  // (`:visible`: a figure with a dark-theme twin holds a second, hidden image.)
  const figure = page.locator('article figure img:visible').last();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveJSProperty('complete', true);
  expect(await figure.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('an unknown address gets the Persian 404 page with status 404', async ({ page }) => {
  for (const path of ['/posts/no-such-article/', '/posts/مقاله-ناموجود/', '/no/such/page/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('صفحه پیدا نشد');
    await expect(page.getByRole('link', { name: 'بازگشت به صفحهٔ اصلی' })).toHaveAttribute('href', '/');
  }
});

test('header and footer frame every page', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.getByRole('banner').getByRole('link', { name: 'نوشته‌های فنی' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('contentinfo')).toContainText('نوشته‌های فنی');
});

test('only images beside an article are served, never its source or anything else', async ({ request }) => {
  const image = await request.get(`${SEED}chat-bot.jpg`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/jpeg');
  for (const path of [`${SEED}index.md`, `${SEED}..%2F..%2Fpackage.json`, `${SEED}missing.jpg`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});
