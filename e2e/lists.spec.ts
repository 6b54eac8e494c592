import { expect, test, type Page } from './test';
import { ALL_ARTICLES, BINARY_SEARCH, MERGE_SORT, clickWhenSettled, expectNoHorizontalScroll, screenshotWholePage } from './helpers';

// These run against `next start` and the static export alike; the builds use two articles
// a page (playwright.config.ts), so the four real articles fill two home pages.

const NEWER = 'نوشته‌های تازه‌تر';
const OLDER = 'نوشته‌های قدیمی‌تر';

/** Waits for the address bar to show `expected` (compared decoded, as Persian paths are written). */
const expectPath = (page: Page, expected: string) => expect(page).toHaveURL((url) => decodeURI(url.pathname) === expected);

const cardTitles = (page: Page) => page.locator('main article h2').allInnerTexts();

/** Follows «نوشته‌های قدیمی‌تر» from the current page to the end; returns each page's titles. */
async function walkOlder(page: Page): Promise<string[][]> {
  const pages = [await cardTitles(page)];
  const older = page.getByRole('link', { name: OLDER });
  while ((await older.count()) > 0 && pages.length < 50) {
    await older.click();
    await expect(page.getByText(`صفحهٔ ${(pages.length + 1).toLocaleString('fa-IR')} از`)).toBeVisible();
    pages.push(await cardTitles(page));
  }
  return pages;
}

test('the header reaches home, archive and tags, and links to search', async ({ page }) => {
  await page.goto(BINARY_SEARCH);
  const nav = page.getByRole('navigation', { name: 'پیمایش اصلی' });

  await nav.getByRole('link', { name: 'بایگانی' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('بایگانی');
  await expectPath(page, '/archive/');

  await nav.getByRole('link', { name: 'برچسب‌ها' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('برچسب‌ها');
  await expectPath(page, '/tags/');

  await nav.getByRole('link', { name: 'خانه' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تازه‌ترین نوشته‌ها');
  await expectPath(page, '/');

  await expect(nav.getByRole('link', { name: 'جست‌وجو' })).toHaveAttribute('href', '/search/');
});

test('the home page paginates: older and newer links, rel links, every article once', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByTestId('pagination');
  await expect(nav.getByRole('link', { name: NEWER })).toHaveCount(0);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', '/page/2/');
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  const firstPage = await cardTitles(page);

  await nav.getByRole('link', { name: OLDER }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('همهٔ نوشته‌ها');
  await expectPath(page, '/page/2/');
  await expect(page).toHaveTitle(/صفحهٔ ۲/);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', /\/page\/2\/$/);
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', '/');
  await expect(nav.getByRole('link', { name: NEWER })).toHaveAttribute('rel', 'prev');
  const secondPage = await cardTitles(page);
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

  await nav.getByRole('link', { name: NEWER }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تازه‌ترین نوشته‌ها');
  await expectPath(page, '/');
  expect(await cardTitles(page)).toEqual(firstPage);

  // Walking to the end lists every published article exactly once.
  const all = (await walkOlder(page)).flat();
  expect(all).toHaveLength(ALL_ARTICLES.length);
  expect(new Set(all).size).toBe(all.length);
  await expect(page.locator('head link[rel="next"]')).toHaveCount(0);
});

test('a list page carries only its own articles, in its HTML and in any RSC payload of it', async ({ page, request }) => {
  await page.goto('/');
  const firstPage = await cardTitles(page);
  // Links are plain: the browser loads page 2 as a page, in every build.
  await page.getByRole('link', { name: OLDER }).click();
  await expectPath(page, '/page/2/');
  const secondPage = await cardTitles(page);
  expect(secondPage.length).toBeGreaterThan(0);

  // The payloads a Next client router would fetch for page 2: `next start` answers `RSC: 1`,
  // the static export has `index.txt` (the lean export has none). Read as UTF-8 bytes.
  const candidates = [request.get('/page/2/', { headers: { rsc: '1' } }), request.get('/page/2/index.txt')];
  const payloads = await Promise.all(
    (await Promise.all(candidates)).filter((response) => response.ok()).map(async (response) => (await response.body()).toString('utf8')),
  );
  expect(payloads.length).toBeGreaterThan(0);
  expect(payloads.filter((body) => secondPage.every((title) => body.includes(title))).length).toBe(payloads.length);
  for (const body of payloads) {
    for (const title of firstPage) expect(body).not.toContain(title);
  }

  const html = (await (await request.get('/page/2/')).body()).toString('utf8');
  for (const title of secondPage) expect(html).toContain(title);
  for (const title of firstPage) expect(html).not.toContain(title);
  // Nor any article's body: a card carries the summary (the seed's first paragraph), not the rest.
  expect(html).toContain('فکر میکنم حتی اگر اخبار هوش مصنوعی');
  expect(html).not.toContain('در واقع با بررسیهای خیلی زیاد متوجه شدند');
});

test('an address past the last page, or page 1 spelled out, is a 404', async ({ page, request }) => {
  await page.goto('/');
  const pageCount = (await walkOlder(page)).length;
  const category = encodeURI('/categories/برنامه-نویسی/');
  const tag = encodeURI('/tags/جست-وجو/');
  for (const url of [`/page/${pageCount + 1}/`, '/page/1/', '/page/0/', `${category}page/1/`, `${category}page/9/`, `${tag}page/2/`]) {
    const response = await request.get(url);
    expect(response.status(), decodeURI(url)).toBe(404);
  }
  for (const url of [`/page/${pageCount}/`, category, `${category}page/2/`]) {
    expect((await request.get(url)).status(), decodeURI(url)).toBe(200);
  }
});

test('a tag with a ZWNJ in its name opens from an article and from the tags index', async ({ page }) => {
  await page.goto(BINARY_SEARCH);
  await clickWhenSettled(page.locator('footer.article-footer').getByRole('link', { name: 'جست‌وجو', exact: true }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نوشته‌های برچسب «جست‌وجو»');
  await expectPath(page, '/tags/جست-وجو/');
  await expect(page.getByRole('link', { name: /جست‌وجوی دودویی/ })).toHaveCount(1);

  await page.getByRole('navigation', { name: 'پیمایش اصلی' }).getByRole('link', { name: 'برچسب‌ها' }).click();
  await page.getByRole('link', { name: /مرتب‌سازی/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نوشته‌های برچسب «مرتب‌سازی»');
  await expectPath(page, '/tags/مرتب-سازی/');
});

test('a category with a Persian name opens from an article and paginates', async ({ page }) => {
  await page.goto(MERGE_SORT);
  await clickWhenSettled(page.locator('footer.article-footer').getByRole('link', { name: 'برنامه‌نویسی' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نوشته‌های دستهٔ «برنامه‌نویسی»');
  await expectPath(page, '/categories/برنامه-نویسی/');
  await expect(page).toHaveTitle(/نوشته‌های دستهٔ «برنامه‌نویسی»/);
  const firstPage = await cardTitles(page);

  await page.getByRole('link', { name: OLDER }).click();
  await expect(page.getByText('صفحهٔ ۲ از')).toBeVisible();
  await expectPath(page, '/categories/برنامه-نویسی/page/2/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نوشته‌های دستهٔ «برنامه‌نویسی»');
  const secondPage = await cardTitles(page);
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', '/categories/برنامه-نویسی/');

  await page.goto('/categories/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('دسته‌ها');
  await page.getByRole('link', { name: /برنامه‌نویسی/ }).click();
  await expectPath(page, '/categories/برنامه-نویسی/');
});

test('the archive groups articles by Jalali year and month, newest first, and opens them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'پیمایش اصلی' }).getByRole('link', { name: 'بایگانی' }).click();
  await expect(page.getByText('همهٔ ۷ نوشته')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['۱۴۰۳ (۱ نوشته)', '۱۴۰۲ (۶ نوشته)']);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'فروردین ۱۴۰۳ (۱ نوشته)',
    'اسفند ۱۴۰۲ (۱ نوشته)',
    'بهمن ۱۴۰۲ (۲ نوشته)',
    'آذر ۱۴۰۲ (۲ نوشته)',
    'آبان ۱۴۰۲ (۱ نوشته)',
  ]);
  const bahman = page.getByTestId('archive-month').filter({ hasText: 'بهمن ۱۴۰۲' });
  await expect(bahman.locator('time')).toHaveText(['۲۳ بهمن ۱۴۰۲', '۱۰ بهمن ۱۴۰۲']);

  await page.getByRole('link', { name: /جست‌وجوی دودویی/ }).click();
  await expectPath(page, decodeURI(BINARY_SEARCH));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('جست‌وجوی دودویی');
});

test('the series box links to the series page, which lists its parts in order', async ({ page }) => {
  await page.goto(MERGE_SORT);
  await clickWhenSettled(page.getByTestId('series').getByRole('link', { name: 'مجموعهٔ «مبانی الگوریتم»' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مجموعهٔ «مبانی الگوریتم»');
  await expectPath(page, '/series/مبانی-الگوریتم/');
  await expect(page).toHaveTitle(/مجموعهٔ «مبانی الگوریتم»/);
  const parts = page.getByTestId('series-parts').locator(':scope > li');
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(0)).toContainText('بخش ۱');
  await expect(parts.nth(0).locator('h2')).toContainText('جست‌وجوی دودویی');
  await expect(parts.nth(1)).toContainText('بخش ۲');
  await expect(parts.nth(1).locator('h2')).toContainText('مرتب‌سازی ادغامی');

  await parts.nth(0).locator('h2').getByRole('link').click();
  await expectPath(page, decodeURI(BINARY_SEARCH));

  await page.goto('/series/');
  await page.getByRole('link', { name: 'مجموعهٔ «مبانی الگوریتم»' }).click();
  await expectPath(page, '/series/مبانی-الگوریتم/');
});

for (const listPath of ['/page/2/', '/archive/', '/categories/برنامه-نویسی/', '/series/مبانی-الگوریتم/', '/series/', '/categories/']) {
  test(`@phone ${listPath} fits a 360 px screen`, async ({ page }, testInfo) => {
    const response = await page.goto(encodeURI(listPath));
    expect(response?.status()).toBe(200);
    await page.evaluate(() => document.fonts.ready);
    await expectNoHorizontalScroll(page);
    // Both pagination links stay on one line each.
    for (const link of await page.getByTestId('pagination').getByRole('link').all()) {
      const { height, lineHeight } = await link.evaluate((element) => ({
        height: element.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(element).lineHeight),
      }));
      // A line, or the 44 px minimum touch target, whichever is taller; two lines would be more.
      expect(height).toBeLessThanOrEqual(Math.max(44, lineHeight * 1.5));
    }
    await screenshotWholePage(page, testInfo.outputPath('phone.png'));
  });
}
