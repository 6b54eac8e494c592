import { expect, test } from '@playwright/test';
import { BINARY_SEARCH } from './helpers';

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
