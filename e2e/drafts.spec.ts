import { expect, test, type APIRequestContext, type Page } from './test';
import { eachListPage, GIT_ARTICLE } from './helpers';
import { DRAFT, MARKERS, SCHEDULED } from './unpublished';

/** Every page reachable by links from the home page and the tags index, with its HTML. */
async function crawlSite(
  request: APIRequestContext,
  baseURL: string,
): Promise<Map<string, { status: number; type: string; body: string }>> {
  const seen = new Map<string, { status: number; type: string; body: string }>();
  const queue = ['/', '/tags/'];
  while (queue.length > 0 && seen.size < 500) {
    const pathname = queue.shift()!;
    if (seen.has(pathname)) continue;
    const response = await request.get(pathname);
    const type = response.headers()['content-type'] ?? '';
    const body = type.startsWith('text/') || type.includes('xml') || type.includes('json') ? await response.text() : '';
    seen.set(pathname, { status: response.status(), type, body });
    for (const [, href = ''] of body.matchAll(/href="([^"]+)"/g)) {
      const url = new URL(href.replaceAll('&amp;', '&'), baseURL);
      if (url.origin !== new URL(baseURL).origin || url.pathname.startsWith('/_next/')) continue;
      if (!seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return seen;
}

test.describe('production build: drafts and scheduled articles are nowhere', () => {
  test('their article pages are 404 with the Persian 404 page, and the image is not served', async ({ page, request }) => {
    for (const { url } of [DRAFT, SCHEDULED]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('صفحه پیدا نشد');
    }
    expect((await request.get(SCHEDULED.image)).status()).toBe(404);
    for (const marker of MARKERS) expect((await request.get(`/tags/${marker}/`)).status()).toBe(404);
  });

  test('the home page, a shared tag and the tags index list neither, and nothing is badged', async ({ page }) => {
    const titles = await eachListPage(page, '/', (listPage) => listPage.locator('main article h2').allTextContents());
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles).not.toContain(DRAFT.title);
    expect(titles).not.toContain(SCHEDULED.title);
    expect(await eachListPage(page, '/', (listPage) => listPage.locator('[data-publication]').allTextContents())).toEqual([]);

    // The draft shares «ابزار» with the Git article: that tag page exists, with the Git article only.
    await page.goto('/tags/ابزار/');
    await expect(page.locator('main article h2')).toHaveText(['Git: تفاوت rebase و merge']);

    await page.goto('/tags/');
    const tagLinks = await page.locator('main a').evaluateAll((links) => links.map((link) => decodeURI(link.getAttribute('href') ?? '')));
    expect(tagLinks.length).toBeGreaterThan(3);
    for (const marker of MARKERS) expect(tagLinks.join(' ')).not.toContain(marker);
  });

  test('no page reachable on the site mentions or links to them (lists, tags, previous/next, related)', async ({ request, baseURL }) => {
    const pages = await crawlSite(request, baseURL!);
    // The crawl really walked the site: every article and the related links of the Git article.
    expect([...pages.keys()].map(decodeURI)).toEqual(expect.arrayContaining([GIT_ARTICLE, '/tags/ابزار/', '/tags/']));
    expect(pages.size).toBeGreaterThan(10);
    const leaks = [...pages].filter(
      ([, { body }]) => MARKERS.some((marker) => body.includes(marker)) || body.includes(DRAFT.title) || body.includes(SCHEDULED.title),
    );
    expect(leaks.map(([pathname]) => decodeURI(pathname))).toEqual([]);
    // And robots may index production: no page says noindex (the 404 page aside, which Next marks itself).
    const noindex = [...pages].filter(([, { status, body }]) => status === 200 && /<meta name="robots" content="[^"]*noindex/.test(body));
    expect(noindex.map(([pathname]) => decodeURI(pathname))).toEqual([]);
  });
});

test.describe('preview build (SHOW_DRAFTS=1) @preview', () => {
  test('the draft is there with its «پیش‌نویس» banner', async ({ page }) => {
    const response = await page.goto(DRAFT.url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT.title);
    const banner = page.getByTestId('publication-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('پیش‌نویس');
    await expect(banner).toContainText('فقط در پیش‌نمایش');
    // The banner comes first in the article, above the title.
    const bannerTop = (await banner.boundingBox())!.y;
    expect(bannerTop).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y);
  });

  test('the scheduled article is there with its «زمان‌بندی‌شده» banner giving the Jalali date, and its image', async ({
    page,
    request,
  }) => {
    const response = await page.goto(SCHEDULED.url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCHEDULED.title);
    const banner = page.getByTestId('publication-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('زمان‌بندی‌شده');
    await expect(banner).toContainText(`انتشار در ${SCHEDULED.jalaliDate}`);
    await expect(page.locator('article header time').first()).toHaveText(SCHEDULED.jalaliDate);
    expect((await request.get(SCHEDULED.image)).status()).toBe(200);
  });

  test('a published article has no banner', async ({ page }) => {
    await page.goto(GIT_ARTICLE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Git: تفاوت rebase و merge');
    await expect(page.getByTestId('publication-banner')).toHaveCount(0);
  });

  test('lists show both with a badge, and only them', async ({ page }) => {
    // Each card of every list page, as [title, badge] (lists are paginated).
    const cards = (listPage: Page) =>
      listPage
        .locator('main article')
        .evaluateAll((articles) =>
          articles.map((article) => [
            article.querySelector('h2')?.textContent ?? '',
            article.querySelector('[data-publication]')?.textContent ?? '',
          ]),
        );
    const home = await eachListPage(page, '/', cards);
    expect(home).toContainEqual([DRAFT.title, 'پیش‌نویس']);
    expect(home).toContainEqual([SCHEDULED.title, 'زمان‌بندی‌شده']);
    expect(home).toContainEqual(['Git: تفاوت rebase و merge', '']);
    expect(home.filter(([, badge]) => badge)).toHaveLength(2);
    expect(await eachListPage(page, '/tags/ابزار/', cards)).toContainEqual([DRAFT.title, 'پیش‌نویس']);
  });

  test('every page of the preview is noindex, nofollow', async ({ page, request, baseURL }) => {
    await page.goto('/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
    const pages = [...(await crawlSite(request, baseURL!))].filter(([, { type }]) => type.startsWith('text/html'));
    // The crawl reached the unpublished articles too.
    expect(pages.map(([pathname]) => pathname)).toEqual(expect.arrayContaining([DRAFT.url, SCHEDULED.url]));
    expect(pages.length).toBeGreaterThan(10);
    const indexable = pages.filter(([, { body }]) => !body.includes('<meta name="robots" content="noindex, nofollow"/>'));
    expect(indexable.map(([pathname]) => decodeURI(pathname))).toEqual([]);
  });
});
