import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, type APIRequestContext, type Page } from './test';
import sharp from 'sharp';
import { ALL_ARTICLES, BINARY_SEARCH, SEED } from './helpers';

/**
 * The address the builds were given as SITE_URL (playwright.config.ts): absolute URLs in
 * feeds, the sitemap and metadata point there, also in the static export, which is served
 * on another port. Fetches go to the server under test (`baseURL`) with the same path.
 */
const SITE_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const absolute = (path: string) => new URL(encodeURI(path), SITE_URL).href;
const ARTICLE_URLS = ALL_ARTICLES.map(absolute).sort();
const TAG = 'الگوریتم';
const TAG_ARTICLES = [BINARY_SEARCH, '/posts/مرتب-سازی-ادغامی/'].map(absolute).sort();

/** Fetches an absolute site URL from the server under test. */
async function fetchOnSite(request: APIRequestContext, url: string) {
  const { pathname, search } = new URL(url);
  const response = await request.get(pathname + search);
  expect(response.status(), url).toBe(200);
  return response;
}

async function metaContent(page: Page, key: string) {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
}

test.describe('feeds', () => {
  for (const [path, kind] of [
    ['/feed.xml', 'rss'],
    ['/atom.xml', 'atom'],
  ] as const) {
    test(`${path} (${kind}) parses and lists every published article in full, with absolute links`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/xml/);
      const feed = parseFeed(await response.text());
      expect(feed.meta.type).toBe(kind);
      expect(feed.language).toBe('fa');
      expect(feed.items.map((item) => item.url).sort()).toEqual(ARTICLE_URLS);
      const seed = feed.items.find((item) => item.url === absolute(SEED))!;
      expect(seed.title).toBe('مدلهای زبانی بزرگ و نحوه آموزش آنها');
      // The full article, its images addressed absolutely, and nothing from the page's chrome.
      expect(seed.content).toContain('راجع به ChatGPT حداقل یک بار شنیدید');
      expect(seed.content).toContain(`src="${absolute(`${SEED}chat-bot.jpg`)}"`);
      for (const item of feed.items) {
        for (const [, url] of (item.content ?? '').matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(url).toMatch(/^(https?:|mailto:)/);
        expect(item.content).not.toMatch(/<button|<script/);
      }
    });
  }

  test('/feed.json is a JSON Feed listing every published article', async ({ request }) => {
    const response = await request.get('/feed.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/json/);
    const feed = await response.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('fa');
    expect(feed.items.map((item: { url: string }) => item.url).sort()).toEqual(ARTICLE_URLS);
    for (const item of feed.items) expect(item.content_html.length).toBeGreaterThan(500);
  });

  test('a tag has its own RSS feed with only its articles', async ({ request }) => {
    const response = await request.get(`/tags/${encodeURIComponent(TAG)}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const feed = parseFeed(await response.text());
    expect(feed.language).toBe('fa');
    expect(feed.title).toContain(TAG);
    expect(feed.items.map((item) => item.url).sort()).toEqual(TAG_ARTICLES);
  });

  test('every page announces the feeds, and each announced feed loads', async ({ page, request }) => {
    for (const path of ['/', SEED, '/tags/', `/tags/${TAG}/`, '/no-such-page/']) {
      await page.goto(path);
      for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
        await expect(page.locator(`head link[rel=alternate][type="${type}"]`).first(), `${type} on ${path}`).toHaveAttribute('href', /./);
      }
    }
    await page.goto(`/tags/${TAG}/`);
    const hrefs = await page
      .locator('head link[rel=alternate]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(hrefs).toContain(absolute(`/tags/${TAG}/feed.xml`));
    for (const href of hrefs) await fetchOnSite(request, href);
  });
});

test.describe('sitemap and robots', () => {
  test('sitemap.xml lists every article with its last change, and the list pages', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    const entries = new Map(
      [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => [
        /<loc>([^<]*)<\/loc>/.exec(entry!)![1]!,
        /<lastmod>([^<]*)<\/lastmod>/.exec(entry!)?.[1],
      ]),
    );
    for (const url of ARTICLE_URLS) expect(entries.has(url), url).toBe(true);
    for (const path of ['/', '/tags/', '/archive/', `/tags/${TAG}/`]) expect(entries.has(absolute(path)), path).toBe(true);
    // lastmod of the binary-search article is its front matter `lastmod`; of the seed, its date.
    expect(entries.get(absolute(BINARY_SEARCH))).toMatch(/^2024-04-10/);
    expect(entries.get(absolute(SEED))).toMatch(/^2024-01-30/);
  });

  test('robots.txt allows crawling and points to the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/User-Agent: \*/i);
    expect(text).not.toMatch(/Disallow: \/\s*$/m);
    expect(text).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });
});

test.describe('metadata', () => {
  for (const path of ALL_ARTICLES) {
    test(`${decodeURI(path)}: canonical, Open Graph, Twitter card and a 1200×630 social image`, async ({ page, request }) => {
      await page.goto(path);
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', absolute(path));
      const title = (await page.locator('h1').first().textContent())!;
      expect(await metaContent(page, 'og:title')).toBe(title);
      expect(await metaContent(page, 'og:type')).toBe('article');
      expect(await metaContent(page, 'og:url')).toBe(absolute(path));
      expect(await metaContent(page, 'og:locale')).toBe('fa_IR');
      expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image');

      const image = (await metaContent(page, 'og:image'))!;
      expect(image.startsWith(`${SITE_URL}/`)).toBe(true);
      expect(await metaContent(page, 'og:image:width')).toBe('1200');
      expect(await metaContent(page, 'og:image:height')).toBe('630');
      expect(await metaContent(page, 'og:image:alt')).toBe(title);
      expect(await metaContent(page, 'twitter:image')).toBe(image);

      const response = await fetchOnSite(request, image);
      expect(response.headers()['content-type']).toMatch(/^image\/jpeg/);
      const decoded = await sharp(await response.body()).metadata();
      expect([decoded.format, decoded.width, decoded.height]).toEqual(['jpeg', 1200, 630]);
    });

    test(`${decodeURI(path)}: JSON-LD BlogPosting and BreadcrumbList parse`, async ({ page }) => {
      await page.goto(path);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.flatMap((block) => JSON.parse(block) as Record<string, unknown>[]);
      const posting = data.find((item) => item['@type'] === 'BlogPosting')!;
      expect(posting.headline).toBe(await page.locator('h1').first().textContent());
      expect(posting.inLanguage).toBe('fa');
      expect(posting.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(posting.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': absolute(path) });
      expect(posting.image).toEqual([await metaContent(page, 'og:image')]);
      const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] };
      expect(crumbs.itemListElement.map((crumb) => crumb.item)).toEqual([absolute('/'), absolute(path)]);
    });
  }

  test('other pages carry canonical URLs and the site card; the 404 page has no canonical', async ({ page, request }) => {
    for (const path of ['/', '/tags/', `/tags/${TAG}/`]) {
      await page.goto(path);
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', absolute(path));
      expect(await metaContent(page, 'og:image')).toBe(absolute('/og/site.jpg'));
      expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image');
      expect(await metaContent(page, 'og:title')).toBeTruthy();
    }
    // The tag page's breadcrumb: home → tags → this tag.
    await page.goto(`/tags/${TAG}/`);
    const [block] = await page.locator('script[type="application/ld+json"]').allTextContents();
    const crumbs = JSON.parse(block!) as { '@type': string; itemListElement: { name: string; item: string }[] };
    expect(crumbs['@type']).toBe('BreadcrumbList');
    expect(crumbs.itemListElement.map((crumb) => crumb.item)).toEqual([absolute('/'), absolute('/tags/'), absolute(`/tags/${TAG}/`)]);
    expect(crumbs.itemListElement.at(-1)!.name).toBe(TAG);

    const decoded = await sharp(await (await fetchOnSite(request, absolute('/og/site.jpg'))).body()).metadata();
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);

    await page.goto('/no-such-page/');
    await expect(page.locator('link[rel=canonical]')).toHaveCount(0);
    expect(await metaContent(page, 'og:image')).toBe(absolute('/og/site.jpg'));
  });
});
