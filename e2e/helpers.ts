import { expect, type Locator, type Page } from '@playwright/test';

export const BINARY_SEARCH = '/posts/جست-وجوی-دودویی/';
export const MERGE_SORT = '/posts/مرتب-سازی-ادغامی/';
export const GIT_ARTICLE = '/posts/git-rebase-va-merge/';
export const SEED = '/posts/large-language-models-training/';
/** Imported from the Hugo fixture site (tests/fixtures/hugo-site/). */
export const HTTP_CACHING = '/posts/http-caching/';
export const SAFE_BASH = '/posts/safe-bash/';
/** The article written in English (`lang: en`). */
export const ENGLISH_ARTICLE = '/posts/bidi-safe-markdown/';
/** Every published article. */
export const ALL_ARTICLES = [SEED, BINARY_SEARCH, MERGE_SORT, GIT_ARTICLE, HTTP_CACHING, SAFE_BASH, ENGLISH_ARTICLE];

/** Fails the test on any request that leaves this site (fonts, scripts, images, anything). */
export function collectForeignRequests(page: Page): () => string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).hostname !== '127.0.0.1') foreign.push(url);
  });
  return () => foreign;
}

/**
 * Horizontal screen positions of the first occurrence of each given substring inside an
 * element's text, measured with Range rects: this is what the reader sees, not DOM order.
 */
export async function characterX(page: Page, selector: string, needle: string): Promise<number[]> {
  return page
    .locator(selector)
    .first()
    .evaluate((root, text) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let full = '';
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text);
        full += (walker.currentNode as Text).data;
      }
      const start = full.indexOf(text);
      if (start < 0) throw new Error(`«${text}» not found`);
      const xs: number[] = [];
      for (let i = start; i < start + text.length; i++) {
        let offset = i;
        for (const node of nodes) {
          if (offset < node.data.length) {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            const rect = range.getBoundingClientRect();
            xs.push(rect.left + rect.width / 2);
            break;
          }
          offset -= node.data.length;
        }
      }
      return xs;
    }, needle);
}

export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/**
 * Visits every page of a paginated list (following its «older» `rel="next"` link) and runs
 * `collect` on each: lists are split into pages, so a whole list is never on one page.
 */
export async function eachListPage<T>(page: Page, firstPath: string, collect: (page: Page) => Promise<T[]>): Promise<T[]> {
  const items: T[] = [];
  await page.goto(firstPath);
  for (let visited = 0; visited < 50; visited++) {
    items.push(...(await collect(page)));
    const older = page.locator('main a[rel="next"]');
    if ((await older.count()) === 0) return items;
    await page.goto(new URL((await older.getAttribute('href'))!, page.url()).pathname);
  }
  throw new Error(`${firstPath}: more than 50 list pages`);
}

/**
 * A full-page screenshot of the whole page as a reader sees it piece by piece. Article blocks far
 * from the screen are laid out only when a reader scrolls near them (`content-visibility: auto`),
 * and a full-page capture does not scroll, so they would come out blank: they are laid out first.
 */
export async function screenshotWholePage(page: Page, path: string): Promise<void> {
  // Through the CSSOM: the site's Content-Security-Policy refuses an injected <style>.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // At CSS pixels: a phone's 2.75 device pixels per CSS pixel made a long article's picture
  // 7.5 times larger and several seconds slower to encode, for a person to look at.
  await page.screenshot({ path, fullPage: true, scale: 'css' });
}

/**
 * Clicks `target` once the page has stopped moving it. An article's blocks are laid out at their
 * real size only as they come near the screen (`content-visibility: auto`), so after a jump to
 * the end of an article what is there moves a few frames later (47 px, measured at the merge-sort
 * article's footer): after Playwright's two-frame stability check, and in CI under the pointer
 * between press and release, which left a click that led nowhere. Readers who scroll there see it
 * laid out before they reach it.
 */
export async function clickWhenSettled(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await target.evaluate(async (element) => {
    let last = '';
    // Ten frames in a row at the same place, or two seconds of frames at most.
    for (let frame = 0, still = 0; still < 10 && frame < 120; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = element.getBoundingClientRect();
      const now = `${box.top},${box.left}`;
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
  await target.click();
}
