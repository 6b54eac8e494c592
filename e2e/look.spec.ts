import { expect, test, type Page } from './test';
import { formatJalaliYear } from '@/lib/persian/jalali-year';
import { THEME_INIT_SCRIPT } from '@/lib/theme/theme';
import { BINARY_SEARCH, ENGLISH_ARTICLE, MERGE_SORT, SAFE_BASH } from './helpers';

const TOGGLE = { name: 'حالت تاریک' } as const;
const DARK_PAGE = 'rgb(17, 20, 24)';
const LIGHT_PAGE = 'rgb(255, 255, 255)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('light and dark themes', () => {
  test('the served HTML sets the theme with the one exported inline script, in <head>, before any other script', async ({ request }) => {
    const html = (await (await request.get('/')).body()).toString('utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    // A plain (blocking) script, exactly the exported text, inside <head>: it runs before <body>
    // is parsed, so before the first paint. Next's own scripts are async and come to nothing yet;
    // the site's module script (lib/browser/) is deferred, as every module script is.
    expect(head).toContain(`<script>${THEME_INIT_SCRIPT}</script>`);
    const blocking = [...head.matchAll(/<script\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => !/\b(async|defer|noModule|nomodule)\b|\btype="module"/.test(tag));
    expect(blocking).toEqual(['<script>']);
  });

  test('a remembered dark choice is painted without any of the site’s JavaScript (no flash of light)', async ({ page }) => {
    // The system is light; the reader chose dark on an earlier visit.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    // No React, no hydration: only what the HTML itself runs.
    let blocked = 0;
    await page.route('**/_next/static/**/*.js', (route) => {
      blocked++;
      return route.abort();
    });
    await page.goto(BINARY_SEARCH);
    expect(blocked).toBeGreaterThan(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe(DARK_PAGE);
  });

  test('follows the system by default, and the toggle overrides it and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(MERGE_SORT);
    const toggle = page.getByRole('button', TOGGLE);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(DARK_PAGE);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe(LIGHT_PAGE);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');

    // The choice outlives the visit, against the system's dark.
    await page.goto(BINARY_SEARCH);
    await expect(page.getByRole('button', TOGGLE)).toHaveAttribute('aria-pressed', 'false');
    expect(await background(page)).toBe(LIGHT_PAGE);
  });

  test('code highlighting and images with a dark twin switch with the toggle', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(BINARY_SEARCH);
    const token = page.locator('.code-block pre span[style*="--shiki-dark"]').first();
    const tokenColour = () => token.evaluate((span) => getComputedStyle(span).color);
    const lightColour = await tokenColour();
    const lightImage = page.locator('img.themed-image-light');
    const darkImage = page.locator('img.themed-image-dark');
    await expect(lightImage).toHaveAttribute('src', /search-steps\.svg/);
    await lightImage.scrollIntoViewIfNeeded();
    await expect(lightImage).toBeVisible();
    await expect(darkImage).toBeHidden();

    await page.getByRole('button', TOGGLE).click();
    await expect.poll(tokenColour).not.toBe(lightColour);
    await expect(lightImage).toBeHidden();
    await expect(darkImage).toBeVisible();
    await expect(darkImage).toHaveAttribute('src', /search-steps-dark\.svg/);
    await expect.poll(() => darkImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });
});

test.describe('keyboard only', () => {
  test('skip link, header navigation with the current page marked, and the theme toggle', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'پرش به محتوا' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#content$/);

    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'پیمایش اصلی' });
    await expect(nav.getByRole('link', { name: 'خانه' })).toHaveAttribute('aria-current', 'page');
    // Tab until the tags link has focus, the way a keyboard reader gets there.
    const tags = nav.getByRole('link', { name: 'برچسب‌ها' });
    for (let i = 0; i < 12 && !(await tags.evaluate((link) => link === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(tags).toBeFocused();
    // Focus is visible: an outline in the accent colour.
    expect(await tags.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tags\/$/);
    await expect(nav.getByRole('link', { name: 'برچسب‌ها' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);

    const toggle = page.getByRole('button', TOGGLE);
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  test('search: a labelled search landmark, typed and sent from the keyboard, results announced and reachable', async ({ page }) => {
    await page.goto(MERGE_SORT);
    const form = page.locator('header').getByRole('search', { name: 'جست‌وجو در نوشته‌ها' });
    const box = form.getByRole('searchbox', { name: 'عبارت جست‌وجو' });
    for (let i = 0; i < 12 && !(await box.evaluate((input) => input === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type('الگوریتم');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    const status = page.locator('main').getByRole('status');
    await expect(status).toContainText('نتیجه');
    const firstResult = page.locator('main [data-search-results] > li h2 a').first();
    await expect(firstResult).toBeVisible();
    for (let i = 0; i < 30 && !(await firstResult.evaluate((link) => link === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(firstResult).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/posts\//);
  });

  test('table of contents and copy buttons work from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(BINARY_SEARCH);
    const contents = page.locator('.toc-side-nav');
    const entry = contents.getByRole('link', { name: 'تحلیل زمانی' });
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe('#تحلیل-زمانی');
    await expect(page.locator('h2#تحلیل-زمانی')).toBeInViewport();

    const copy = page.getByRole('button', { name: 'کپی کد' }).first();
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(copy).toHaveText('کپی شد');
    const code = await copy.evaluate((button) =>
      (button.closest('[data-code-block]')!.querySelector('pre code') as HTMLElement).innerText.trim(),
    );
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(code);
  });
});

test('@phone every control a finger taps is at least 44×44 px', async ({ page }) => {
  for (const path of ['/', BINARY_SEARCH, '/tags/']) {
    await page.goto(path);
    const controls = page.locator(
      'body > header a, body > header button, .tag-chip, .share-link, [data-testid="pagination"] a, .code-toolbar button, .toc-inline summary, body > footer a',
    );
    const small = await controls.evaluateAll((elements) =>
      elements
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(
          ({ element, box }) =>
            `${element.textContent?.trim() || element.getAttribute('aria-label')}: ${Math.round(box.width)}×${Math.round(box.height)}`,
        ),
    );
    expect(small, path).toEqual([]);
  }
});

test('@phone the category links under an article’s title are at least 24 px tall (WCAG 2.2 target size)', async ({ page }) => {
  await page.goto(SAFE_BASH);
  const links = page.getByTestId('categories').locator('a');
  await expect(links).toHaveCount(3);
  for (const box of await links.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
    // A short name (`Go`) may be narrower: the separator «، » spaces it from the next (WCAG's spacing exception).
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
});

test('long Persian reading: type scale, line height, no letter-spacing or fake slant, a readable measure', async ({ page }) => {
  await page.goto(BINARY_SEARCH);
  const paragraph = page.locator('article .prose-fa > p').first();
  const style = await paragraph.evaluate((p) => {
    const css = getComputedStyle(p);
    const html = getComputedStyle(document.documentElement);
    return {
      fontSize: parseFloat(css.fontSize),
      lineHeight: parseFloat(css.lineHeight) / parseFloat(css.fontSize),
      letterSpacing: css.letterSpacing,
      fontSynthesis: html.fontSynthesis,
      width: p.getBoundingClientRect().width,
    };
  });
  expect(style.fontSize).toBeGreaterThanOrEqual(17);
  expect(style.lineHeight).toBeGreaterThanOrEqual(1.8);
  expect(style.lineHeight).toBeLessThanOrEqual(2);
  expect(style.letterSpacing).toBe('normal');
  expect(style.fontSynthesis).toBe('none');
  // Persian letters average about half an em: 46rem of 18 px text is ~80 of them, i.e. ~70ch.
  expect(style.width / style.fontSize).toBeLessThanOrEqual(46);
});

test.describe('an article in English', () => {
  test('its page is left to right in a Latin typeface; the site around it stays Persian', async ({ page }) => {
    await page.goto(ENGLISH_ARTICLE);
    const article = page.locator('main article');
    await expect(article).toHaveAttribute('lang', 'en');
    await expect(article).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const fonts = await article
      .locator('.prose-fa > p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily);
    expect(fonts).not.toMatch(/vazirmatn/i);
    expect(fonts).toMatch(/system-ui|sans-serif/);
    // Text starts at the left edge of the column.
    const [articleBox, paragraphBox] = await Promise.all([article.boundingBox(), article.locator('.prose-fa > p').first().boundingBox()]);
    expect(Math.abs(paragraphBox!.x - articleBox!.x)).toBeLessThan(2);
    await expect(article.locator('footer.article-footer')).toHaveAttribute('dir', 'rtl');
  });

  test('its card is left to right too, and its feed entry says so', async ({ page, request }) => {
    await page.goto('/');
    let card = page.locator('article.post-card', { has: page.locator(`a[href="${ENGLISH_ARTICLE}"]`) });
    for (let n = 2; (await card.count()) === 0 && n < 10; n++) {
      await page.goto(`/page/${n}/`);
      card = page.locator('article.post-card', { has: page.locator(`a[href="${ENGLISH_ARTICLE}"]`) });
    }
    await expect(card).toHaveAttribute('lang', 'en');
    await expect(card).toHaveAttribute('dir', 'ltr');

    const rss = (await (await request.get('/feed.xml')).body()).toString('utf8');
    const item = rss.split('<item>').find((entry) => entry.includes('bidi-safe-markdown'))!;
    expect(item).toContain('<div lang="en" dir="ltr">');
    const json = (await (await request.get('/feed.json')).json()) as { items: { url: string; language?: string }[] };
    expect(json.items.find((entry) => entry.url.includes('bidi-safe-markdown'))?.language).toBe('en');
  });
});

test('the footer links the feed and the About page, with this year in the Jalali calendar', async ({ page }) => {
  await page.goto('/');
  const footer = page.locator('body > footer');
  await expect(footer.getByRole('link', { name: 'خوراک RSS' })).toHaveAttribute('href', '/feed.xml');
  await expect(footer.getByTestId('copyright')).toContainText(`© ${formatJalaliYear(new Date())}`);
  await expect(footer.getByTestId('copyright')).toHaveText(/^© [۰-۹]{4} /);
  await footer.getByRole('link', { name: 'دربارهٔ این سایت' }).click();
  await expect(page).toHaveURL(/\/about\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('دربارهٔ نوشته‌های فنی');
  await expect(page.getByRole('navigation', { name: 'پیمایش اصلی' }).getByRole('link', { name: 'درباره' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('head link[rel=canonical]')).toHaveAttribute('href', /\/about\/$/);
});

test('article details read apart: each item isolated, a visible separator between them', async ({ page }) => {
  await page.goto(BINARY_SEARCH);
  const details = page.locator('main article header ul.post-meta');
  const items = details.locator(':scope > li');
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  // After each item but the last, so a wrapped line never starts with a lone separator.
  const separators = await items.evaluateAll((lis) =>
    lis.map((li) => [getComputedStyle(li, '::before').content, getComputedStyle(li, '::after').content]),
  );
  expect(separators.slice(0, -1).every(([before, after]) => before === 'none' && after === '"·"')).toBe(true);
  expect(separators.at(-1)).toEqual(['none', 'none']);
  expect(
    await items
      .first()
      .locator('span')
      .first()
      .evaluate((span) => getComputedStyle(span).unicodeBidi),
  ).toBe('isolate');
  await expect(details.getByTestId('categories').getByRole('link', { name: 'برنامه‌نویسی' })).toHaveAttribute('href', /\/categories\//);
});
