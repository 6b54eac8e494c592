import { expect, test } from '@playwright/test';
import { BINARY_SEARCH } from './helpers';

test('the folder name, with its ZWNJ, redirects permanently to the article', async ({ page, request }) => {
  const typed = '/posts/جست\u200cوجوی-دودویی/';
  const response = await request.get(encodeURI(typed), { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  // Next.js may repeat the header on the first (uncached) render; every copy must agree.
  const locations = response.headersArray().filter((header) => header.name.toLowerCase() === 'location');
  expect(locations.length).toBeGreaterThan(0);
  for (const location of locations) expect(decodeURIComponent(location.value)).toBe(BINARY_SEARCH);

  await page.goto(encodeURI(typed));
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(BINARY_SEARCH);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('جست‌وجوی دودویی');
});

test('pages without articles do not download the math stylesheet', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'stylesheet') stylesheets.push(await response.text());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(stylesheets.length).toBeGreaterThan(0);
  expect(stylesheets.some((css) => css.includes('font-family:KaTeX_Main'))).toBe(false);

  stylesheets.length = 0;
  await page.goto(BINARY_SEARCH);
  await page.waitForLoadState('networkidle');
  expect(stylesheets.some((css) => css.includes('font-family:KaTeX_Main'))).toBe(true);
});
