import { expect, test } from './test';
import { BINARY_SEARCH } from './helpers';

test('pages without articles do not download the math stylesheet', async ({ page }) => {
  // The bodies are read as the responses arrive; awaited before looking, so a slow read is never missed.
  let stylesheets: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'stylesheet') stylesheets.push(response.text());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const home = await Promise.all(stylesheets);
  expect(home.length).toBeGreaterThan(0);
  expect(home.some((css) => css.includes('font-family:KaTeX_Main'))).toBe(false);

  stylesheets = [];
  await page.goto(BINARY_SEARCH);
  await page.waitForLoadState('networkidle');
  expect((await Promise.all(stylesheets)).some((css) => css.includes('font-family:KaTeX_Main'))).toBe(true);
});
