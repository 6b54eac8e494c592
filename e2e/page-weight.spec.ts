import { expect, test, type Page } from './test';
import { BINARY_SEARCH, ENGLISH_ARTICLE, GIT_ARTICLE, SEED } from './helpers';

/** Byte budgets of issue 10 (sizes, not timings): what a first visit to an article downloads. */
const MAX_FONT_FILES = 2;
const MAX_FONT_BYTES = 45 * 1024;

/** Every response of a first visit (a fresh context has an empty cache), with its body size. */
function recordResponses(page: Page) {
  const responses: Array<{ url: string; type: string; bytes: Promise<number> }> = [];
  page.on('response', (response) => {
    responses.push({
      url: response.url(),
      type: response.request().resourceType(),
      bytes: response.body().then(
        (body) => body.length,
        () => 0,
      ),
    });
  });
  return responses;
}

test('an article loads at most two font files, 45 KB together, both preloaded', async ({ page }) => {
  const responses = recordResponses(page);
  await page.goto(SEED);
  await page.waitForLoadState('networkidle');
  const fonts = responses.filter((response) => response.type === 'font');
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.length).toBeLessThanOrEqual(MAX_FONT_FILES);
  const total = (await Promise.all(fonts.map((font) => font.bytes))).reduce((sum, bytes) => sum + bytes, 0);
  expect(total).toBeGreaterThan(10 * 1024);
  expect(total).toBeLessThanOrEqual(MAX_FONT_BYTES);
  const preloaded = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(preloaded.sort()).toEqual(fonts.map((font) => font.url).sort());
});

/**
 * The fonts Chromium actually draws the text of the elements a selector matches with (CDP
 * `CSS.getPlatformFontsForNode`), after the page's fonts have loaded: how many elements matched,
 * and each element's fonts in turn.
 */
async function drawnFonts(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  return async (selector: string) => {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const fonts = [];
    for (const nodeId of nodeIds) fonts.push(...(await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts);
    return { elements: nodeIds.length, fonts, families: [...new Set(fonts.map((font) => font.familyName))] };
  };
}

test('Persian text, bold headings and Latin words in prose are all drawn by Vazirmatn, nothing falls back', async ({ page }) => {
  await page.goto(SEED);
  const fontsOf = await drawnFonts(page);
  const prose = await fontsOf('article h1, article .prose-fa :is(p, h2, li, strong)');
  expect(prose.elements).toBeGreaterThan(10);
  // The text of these elements (not their inline code) is drawn by Vazirmatn alone.
  expect(prose.families).toEqual(['Vazirmatn']);
  // Bold text uses the Bold file, not a synthesised bold.
  const heading = await fontsOf('article h1');
  expect(heading.elements).toBe(1);
  expect(heading.fonts.map((font) => font.postScriptName)).toEqual(['Vazirmatn-Bold']);
});

test('a Persian comment in code is drawn by Vazirmatn, and the code around it by a monospace face', async ({ page }) => {
  await page.goto(ENGLISH_ARTICLE);
  const fontsOf = await drawnFonts(page);
  // `// نصب وابستگی‌ها با npm`: the Persian words, with their ZWNJ, in the article's face.
  const comment = page.locator('.code-block [data-line] [lang="fa"]').first();
  await expect(comment).toHaveText('نصب وابستگی‌ها با');
  const persian = await fontsOf('.code-block [data-line] [lang="fa"]');
  expect(persian.elements).toBeGreaterThan(0);
  expect(persian.families).toEqual(['Vazirmatn']);
  const code = await fontsOf('.code-block [data-line]:nth-child(2) > span');
  expect(code.elements).toBeGreaterThan(0);
  expect(code.families.length).toBeGreaterThan(0);
  expect(code.families).not.toContain('Vazirmatn');
});

test('KaTeX stylesheet and fonts load only on pages with math', async ({ page, context }) => {
  for (const path of [SEED, GIT_ARTICLE]) {
    const responses = recordResponses(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const katex = responses.filter((response) => /katex/i.test(response.url));
    expect(katex.map((response) => response.url)).toEqual([]);
    page.removeAllListeners('response');
  }
  const math = await context.newPage();
  const responses = recordResponses(math);
  await math.goto(BINARY_SEARCH);
  await math.waitForLoadState('networkidle');
  await expect(math.locator('.katex').first()).toBeVisible();
  expect(responses.filter((response) => response.type === 'stylesheet' && /\/katex\//.test(response.url))).toHaveLength(1);
  expect(responses.filter((response) => response.type === 'font' && /KaTeX_/.test(response.url)).length).toBeGreaterThan(0);
  // Formulas are set in KaTeX's own fonts once its stylesheet is there.
  expect(
    await math
      .locator('.katex')
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily),
  ).toMatch(/KaTeX_Main/);
});
