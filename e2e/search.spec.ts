import { expect, test, type Page } from './test';
import { BINARY_SEARCH, GIT_ARTICLE, MERGE_SORT, SEED } from './helpers';

const ZWNJ = '\u200C';
/** Survives minification: MiniSearch's own error message, in whichever chunk carries it. */
const MINISEARCH_SIGNATURE = 'MiniSearch: loadJSON should be given the same options';

const headerSearch = (page: Page) => page.locator('header').getByRole('searchbox');
const dropDown = (page: Page) => page.locator('header [data-header-results]');
const dropDownHrefs = async (page: Page) => {
  await expect(dropDown(page).locator('li a').first()).toBeVisible();
  return dropDown(page)
    .locator('li a')
    .evaluateAll((links) => links.map((link) => decodeURI(link.getAttribute('href') ?? '')));
};
const pageSearch = (page: Page) => page.locator('main').getByRole('searchbox');
const results = (page: Page) => page.locator('main [data-search-results] > li');
const status = (page: Page) => page.locator('main').getByRole('status');

async function resultHrefs(page: Page): Promise<string[]> {
  await expect(results(page).first()).toBeVisible();
  return results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((link) => decodeURI(link.getAttribute('href') ?? '')));
}

/** Reads the search page's query from its URL, as the page itself does. */
const searchedQuery = (page: Page) => new URL(page.url()).searchParams.get('q');

for (const { query, expected } of [
  { query: 'میکنم', expected: [SEED] },
  { query: 'مدل های زبانی', expected: [SEED] },
  { query: 'ChatGPT', expected: [SEED] },
  // Arabic kaf: the two algorithm articles have «کتاب» (Persian kaf) in «کتابخانه‌ی» and «کتاب».
  { query: 'كتاب', expected: [BINARY_SEARCH, MERGE_SORT] },
  { query: '۲۰۱۲', expected: [SEED] },
  { query: '2012', expected: [SEED] },
]) {
  test(`the header search finds «${query}»`, async ({ page }) => {
    await page.goto(GIT_ARTICLE);
    await headerSearch(page).fill(query);
    // As the reader types: the best few, in the header.
    const best = await dropDownHrefs(page);
    expect(expected).toContain(best[0]);
    for (const href of best) expect(expected).toContain(href);

    // Enter: every result, on the search page.
    await headerSearch(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    expect(searchedQuery(page)).toBe(query);

    const hrefs = await resultHrefs(page);
    expect(expected).toContain(hrefs[0]);
    for (const href of hrefs) expect(expected).toContain(href);
    // The passage (fetched per result, after the list) marks what matched, as the article writes it.
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    await expect(status(page)).toHaveText(new RegExp(`^[۰-۹]+ نتیجه برای «${query}»$`));
  });
}

test('the three spellings of a word find the same article, and the passage keeps the article’s own spelling', async ({ page }) => {
  for (const query of [`مدل${ZWNJ}های زبانی`, 'مدلهای زبانی', 'مدل های زبانی']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    expect((await resultHrefs(page))[0]).toBe(SEED);
    // The seed writes «مدلهای» joined; that is what is marked.
    await expect(results(page).first().locator('mark', { hasText: 'مدلهای' }).first()).toBeVisible();
  }
  // And the other way round: typed with a space, marked with the article's ZWNJ.
  await page.goto(`/search/?q=${encodeURIComponent('پیاده سازی')}`);
  expect((await resultHrefs(page))[0]).toBe(BINARY_SEARCH);
  const marks = await results(page).first().locator('mark').allTextContents();
  expect(marks.some((mark) => mark.startsWith(`پیاده${ZWNJ}سازی`))).toBe(true);
});

test('a ?q= link opens with its results, the count in Persian digits', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('جست‌وجوی دودویی')}`);
  await expect(pageSearch(page)).toHaveValue('جست‌وجوی دودویی');
  expect((await resultHrefs(page))[0]).toBe(BINARY_SEARCH);
  await expect(status(page)).toHaveText(/^[۱-۹][۰-۹]* نتیجه برای «جست‌وجوی دودویی»$/);
  await expect(results(page).first().locator('time')).toHaveAttribute('datetime', '2024-03-05');
  await expect(results(page).first().locator('time')).toHaveText('۱۵ اسفند ۱۴۰۲');
});

test('the search page shows one search box, its own; every other page has the header’s', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(pageSearch(page)).toBeVisible();
  await page.goto(GIT_ARTICLE);
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(headerSearch(page)).toBeVisible();
});

test('code in a result’s passage reads left to right, as in the article', async ({ page }) => {
  await page.goto('/search/?q=fixup');
  const passage = results(page).first().locator('[data-slot="passage"]');
  await expect(passage).toContainText('git commit --fixup <hash>');
  // `git commit --fixup <hash>` inside Persian: without isolation its `>` lands at the far end of
  // the Latin run (`git <commit --fixup <hash`). Isolated, `>` is drawn right after `hash`.
  const gap = await passage.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('<hash>');
      if (at < 0) continue;
      const box = (from: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      return box(at + 5).left - box(at + 4).right;
    }
    return undefined;
  });
  expect(gap).toBeDefined();
  expect(Math.abs(gap!)).toBeLessThan(2);
});

test('typing on the search page updates the results and the address, without new history entries', async ({ page }) => {
  await page.goto('/search/');
  const historyLength = await page.evaluate(() => history.length);
  await pageSearch(page).fill('rebase');
  expect((await resultHrefs(page))[0]).toBe(GIT_ARTICLE);
  await expect.poll(() => searchedQuery(page)).toBe('rebase');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  await page.reload();
  await expect(pageSearch(page)).toHaveValue('rebase');
  expect((await resultHrefs(page))[0]).toBe(GIT_ARTICLE);

  await pageSearch(page).fill('');
  await expect(results(page)).toHaveCount(0);
  await expect.poll(() => searchedQuery(page)).toBeNull();
});

test('a query nothing matches says so in Persian', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('ژغژغ')}`);
  await expect(status(page)).toHaveText('نتیجه‌ای برای «ژغژغ» پیدا نشد.');
  await expect(results(page)).toHaveCount(0);
});

test('an empty search page invites a query and downloads no index', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search/index.json')) indexRequests.push(request.url());
  });
  await page.goto('/search/');
  await expect(page.locator('main')).toContainText('واژه یا عبارتی بنویسید');
  await expect(status(page)).toHaveText('');
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);
});

test('a very long query is cut and still answered', async ({ page }) => {
  const long = `${'مرتب‌سازی ادغامی '.repeat(30)}`.trim();
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  await expect(page.locator('main')).toContainText('عبارت جست‌وجو بیش از ۱۰۰ نویسه بود و کوتاه شد.');
  expect((await resultHrefs(page))[0]).toBe(MERGE_SORT);
});

test('an article loads neither the index nor the search engine until the reader opens search', async ({ page }) => {
  const requests: string[] = [];
  const scripts: Promise<string>[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  await page.goto(SEED);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/search/'))).toEqual([]);
  expect((await Promise.all(scripts)).some((source) => source.includes(MINISEARCH_SIGNATURE))).toBe(false);

  // Opening the box alone still loads nothing; typing in it is what brings them.
  await page.keyboard.press('/');
  await expect(headerSearch(page)).toBeFocused();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/search/'))).toEqual([]);
  // Filled at once: typed letter by letter, «Cha» alone already matches other articles.
  await headerSearch(page).fill('ChatGPT');
  expect(await dropDownHrefs(page)).toEqual([SEED]);
  expect(requests.some((url) => url.includes('/search/index.json'))).toBe(true);
  // Of the index's terms, only the shard of the word's first letter.
  expect(requests.filter((url) => url.includes('/search/shards/'))).toEqual([
    expect.stringMatching(/\/search\/shards\/63-[0-9a-f]{12}\.json$/),
  ]);
  // The passage is the article's text, fetched for the one result shown and no other.
  await expect(dropDown(page).locator('li mark', { hasText: 'ChatGPT' }).first()).toBeVisible();
  expect(requests.filter((url) => url.includes('/search/passages/'))).toHaveLength(1);
  expect((await Promise.all(scripts)).some((source) => source.includes(MINISEARCH_SIGNATURE))).toBe(true);
});

/** Holds every request for a part of the index's terms until `release` is called. */
async function holdShards(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search/shards/**', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('while a new word’s part of the index downloads, the results so far stay, dimmed and marked busy', async ({ page }) => {
  await page.goto(GIT_ARTICLE);
  await headerSearch(page).fill('مرتب');
  const before = await dropDownHrefs(page);
  const list = dropDown(page).locator('[data-search-results]');
  await expect(list).not.toHaveAttribute('aria-busy');
  // «ادغامی» begins with another letter than «مرتب»: its terms are in a part not yet fetched.
  const release = await holdShards(page);
  await headerSearch(page).fill('مرتب ادغامی');
  await expect(dropDown(page).getByRole('status')).toHaveText(/^در حال بارگذاری/);
  await expect(list).toHaveAttribute('aria-busy', 'true');
  expect(await dropDownHrefs(page)).toEqual(before);
  await expect(list).toHaveCSS('opacity', '0.6');
  release();
  await expect(list).not.toHaveAttribute('aria-busy');
  expect((await dropDownHrefs(page))[0]).toBe(MERGE_SORT);

  // The search page keeps its list the same way.
  await page.goto(`/search/?q=${encodeURIComponent('مرتب')}`);
  const shown = await resultHrefs(page);
  const release2 = await holdShards(page);
  await pageSearch(page).fill('مرتب ادغامی');
  await expect(status(page)).toHaveText(/^در حال بارگذاری/);
  await expect(page.locator('main [data-search-results]')).toHaveAttribute('aria-busy', 'true');
  expect(await resultHrefs(page)).toEqual(shown);
  release2();
  await expect(status(page)).toHaveText(/^[۰-۹]+ نتیجه برای «مرتب ادغامی»$/);
  expect((await resultHrefs(page))[0]).toBe(MERGE_SORT);
});

test('/ and Ctrl+K open search, but not while the reader is typing', async ({ page }) => {
  await page.goto(MERGE_SORT);
  await page.keyboard.press('Control+k');
  await expect(headerSearch(page)).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(headerSearch(page)).toHaveValue('a/b');

  await headerSearch(page).blur();
  await expect(headerSearch(page)).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(headerSearch(page)).toBeFocused();

  // On the search page, the shortcut goes to the page's own box.
  await page.goto('/search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(pageSearch(page)).toBeFocused();
});

test('the header drop-down works with the keyboard: arrows, Escape, Enter', async ({ page }) => {
  await page.goto(BINARY_SEARCH);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('git');
  const links = dropDown(page).locator('a');
  await expect(links.first()).toBeVisible();
  await expect(dropDown(page).getByRole('status')).toHaveText(/^[۱-۹][۰-۹]* نتیجه برای «git»$/);

  await page.keyboard.press('Escape');
  await expect(dropDown(page)).toBeHidden();
  await expect(headerSearch(page)).toBeFocused();
  await page.keyboard.type(' rebase');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(headerSearch(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${GIT_ARTICLE}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('rebase');
  await expect(dropDown(page)).toBeHidden();
});

test('search works with the keyboard alone', async ({ page }) => {
  await page.goto(GIT_ARTICLE);
  // Pressed again until the page's script listens (it may hydrate after load on a busy machine).
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(headerSearch(page)).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.type('مرتب سازی');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);

  // Results shown means the page's script runs, shortcut included (a busy machine hydrates late).
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('/');
  await expect(pageSearch(page)).toBeFocused();
  await expect(pageSearch(page)).toHaveValue('مرتب سازی');
  await page.keyboard.press('ArrowDown');
  const first = results(page).first().locator('h2 a');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1).locator('h2 a')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(pageSearch(page)).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${encodeURI(MERGE_SORT)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('مرتب‌سازی ادغامی');
});
