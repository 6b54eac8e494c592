import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { BINARY_SEARCH, ENGLISH_ARTICLE, expectNoHorizontalScroll, screenshotWholePage } from './helpers';

/** One address of every kind of page the site has. */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'home-page-2': '/page/2/',
  archive: '/archive/',
  categories: '/categories/',
  series: '/series/مبانی-الگوریتم/',
  article: BINARY_SEARCH,
  'english-article': ENGLISH_ARTICLE,
  tags: '/tags/',
  tag: '/tags/الگوریتم/',
  about: '/about/',
  search: '/search/?q=الگوریتم',
  'not-found': '/no-such-page/',
};

const WIDTHS = { phone: { width: 320, height: 640 }, desktop: { width: 1366, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  // Lazy images below the fold are part of what is checked and photographed.
  await page.evaluate(async () => {
    for (const image of document.querySelectorAll('img')) image.loading = 'eager';
    await Promise.all(
      [...document.images].map((image) =>
        image.complete ? null : new Promise((done) => image.addEventListener('load', done, { once: true })),
      ),
    );
  });
}

/** What axe finds against WCAG 2.2 AA and its best practices: rule, then each node and why. */
async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // Only violations are asserted: axe then skips describing every passing node.
    .options({ resultTypes: ['violations'] })
    // axe.run in the page itself: the default runs it per frame, then opens a second page to
    // merge the results, which tripled each scan (1 s → 3–4 s on an article). Articles may not
    // embed frames (lib/content/mdx/remark-component-rules.ts), so what is checked is the same.
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1] ?? ''}`),
  }));
}

test('the scan reports what it should: a picture without alt text and faint text', async ({ page }) => {
  await page.goto('/');
  // Added before React has hydrated the page, they would be thrown away with the rest of the
  // mismatch (a CI run scanned a page without them): wait until React has claimed the page's
  // last element, as lib/browser/hydration.ts does.
  await page.waitForFunction(() => {
    const elements = [...document.body.getElementsByTagName('*')].filter(
      (element) => element.tagName !== 'SCRIPT' && !element.closest('next-route-announcer'),
    );
    const last = elements.at(-1);
    return !last || Object.keys(last).some((key) => key.startsWith('__reactFiber$'));
  });
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.append(Object.assign(document.createElement('img'), { src: '/icon.svg', width: 40, height: 40 }));
    const faint = Object.assign(document.createElement('p'), { textContent: 'متن کم‌رنگ' });
    faint.style.color = '#f4f4f4';
    faint.style.background = '#ffffff';
    main.append(faint);
  });
  const rules = (await axeViolations(page)).map((violation) => violation.rule);
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});

/**
 * Each page at each width is loaded once and scanned in both schemes: the second by switching the
 * system's scheme, which the page follows live, as at sunset. Phones load in dark and desktops in
 * light, so both schemes are also scanned as first painted.
 */
const FIRST_SCHEME = { phone: 'dark', desktop: 'light' } as const;

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  for (const widthName of ['phone', 'desktop'] as const) {
    const viewport = WIDTHS[widthName];
    const first = FIRST_SCHEME[widthName];
    const schemes = [first, ...SCHEMES.filter((scheme) => scheme !== first)];
    test(`${name} at ${widthName} width, in ${schemes.join(' then ')}: no axe violations, no horizontal scroll; screenshots`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: first });
      const response = await page.goto(path);
      expect(response?.status()).toBe(name === 'not-found' ? 404 : 200);
      if (name === 'search') await expect(page.locator('main [data-search-results] > li').first()).toBeVisible();
      await settle(page);

      // One h1 and the landmarks on every page.
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('header').first()).toBeVisible();
      await expect(page.locator('main#content')).toHaveCount(1);
      await expect(page.locator('body > footer')).toHaveCount(1);
      await expectNoHorizontalScroll(page);

      for (const scheme of schemes) {
        await test.step(`in ${scheme}`, async () => {
          await page.emulateMedia({ colorScheme: scheme });
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
          expect(await axeViolations(page), `axe, in ${scheme}`).toEqual([]);
          // For people to look at: test-results/screenshots/<page>-<width>-<scheme>.png.
          await screenshotWholePage(page, `test-results/screenshots/${name}-${widthName}-${scheme}.png`);
        });
      }
    });
  }
}
