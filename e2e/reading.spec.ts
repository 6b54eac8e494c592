import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { expect, test, type Locator } from './test';
import { loadAllPosts } from '@/lib/content/loader';
import { formatReadingTime } from '@/lib/persian/reading-time';
import {
  ALL_ARTICLES,
  BINARY_SEARCH,
  GIT_ARTICLE,
  MERGE_SORT,
  characterX,
  clickWhenSettled,
  collectForeignRequests,
  expectNoHorizontalScroll,
  screenshotWholePage,
} from './helpers';

test.describe('code blocks', () => {
  test('are highlighted, LTR and left-aligned, labelled, titled, with highlighted lines', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const python = page.locator('[data-rehype-pretty-code-figure]', { hasText: 'def binary_search' });
    await expect(python.locator('[data-rehype-pretty-code-title]')).toHaveText('binary_search.py');
    await expect(python.locator('.code-language')).toHaveText('Python');
    const pre = python.locator('pre');
    await expect(pre).toHaveAttribute('dir', 'ltr');
    expect(await pre.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).textAlign])).toEqual(['ltr', 'left']);
    await expect(pre.locator('[data-highlighted-line]')).toHaveCount(3);
    // The first line starts at the left edge of the block, not the right.
    const [preBox, lineBox] = await Promise.all([
      pre.boundingBox(),
      pre.locator('[data-line]').first().locator('span').first().boundingBox(),
    ]);
    expect(lineBox!.x - preBox!.x).toBeLessThan(40);

    // Shiki colours differ between the light and the dark theme.
    const keyword = pre.locator('[data-line] span', { hasText: /^def$/ }).first();
    const light = await keyword.evaluate((el) => getComputedStyle(el).color);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await keyword.evaluate((el) => getComputedStyle(el).color);
    expect(light).not.toBe(dark);

    await expect(page.locator('.code-block pre')).toHaveCount(await page.locator('.code-language').count());
    await expect(page.locator('.code-language', { hasText: 'TypeScript' })).toHaveCount(1);
    await expect(page.locator('.code-language', { hasText: 'Bash' })).toHaveCount(1);
  });

  test('the copy button copies the code, by mouse and by keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(BINARY_SEARCH);
    const block = page.locator('[data-code-block]', { hasText: 'def binary_search' });
    const button = block.getByRole('button', { name: 'کپی کد' });
    await expect(button).toHaveText('کپی');
    await expect(async () => {
      await button.click();
      await expect(button).toHaveText('کپی شد', { timeout: 500 });
    }).toPass();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('def binary_search(a: list[int], target: int) -> int:\n')).toBe(true);
    expect(copied).toContain('        mid = (lo + hi) // 2');

    const bash = page.locator('[data-code-block]', { hasText: 'python3 -m timeit' }).getByRole('button', { name: 'کپی کد' });
    await bash.focus();
    await page.keyboard.press('Enter');
    await expect(bash).toHaveText('کپی شد');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^python3 binary_search\.py\npython3 -m timeit/);
  });

  test('@phone long lines scroll inside the block, not the page', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const pre = page.locator('[data-code-block]', { hasText: 'python3 -m timeit' }).locator('pre');
    // Laid out only near the screen (`content-visibility: auto`): measured where a reader sees it.
    await pre.scrollIntoViewIfNeeded();
    await expect.poll(() => pre.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
    await expectNoHorizontalScroll(page);
  });
});

test('math renders with self-hosted KaTeX, left to right', async ({ page }) => {
  const foreign = collectForeignRequests(page);
  await page.goto(BINARY_SEARCH);
  await expect(page.locator('.katex-display')).toHaveCount(1);
  expect(await page.locator('.katex').count()).toBeGreaterThan(5);
  expect(await page.locator('.katex-display').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await expect(page.locator('.katex-display annotation')).toContainText('T(n) = T\\left(\\frac{n}{2}\\right)');
  await page.evaluate(() => document.fonts.ready);
  const katexFonts = await page.evaluate(
    () => [...document.fonts].filter((f) => f.family.startsWith('KaTeX') && f.status === 'loaded').length,
  );
  expect(katexFonts).toBeGreaterThan(0);
  expect(foreign()).toEqual([]);
});

test.describe('GFM', () => {
  test('footnotes link both ways with Persian labels', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const section = page.locator('section[data-footnotes]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('پانویس‌ها');
    await expect(section.locator('li')).toHaveCount(3);
    const firstRef = page.locator('a[data-footnote-ref]').first();
    await expect(firstRef).toHaveText('۱');
    await firstRef.click();
    await expect(page).toHaveURL(/#user-content-fn-1$/);
    const back = section.getByRole('link', { name: 'بازگشت به ارجاع ۱' });
    await expect(back).toHaveCount(1);
    await back.click();
    await expect(page).toHaveURL(/#user-content-fnref-1$/);
  });

  test('task lists, strikethrough and autolinks', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const boxes = page.locator('li input[type=checkbox]');
    await expect(boxes).toHaveCount(5);
    await expect(page.locator('li input[type=checkbox]:checked')).toHaveCount(4);
    await expect(boxes.first()).toBeDisabled();
    await expect(page.locator('article del')).toContainText('میانه را همیشه با');
    const autolink = page.locator('article a[href="https://en.wikipedia.org/wiki/Binary_search_algorithm"]');
    await expect(autolink).toHaveText('https://en.wikipedia.org/wiki/Binary_search_algorithm');
    await expect(autolink).toHaveAttribute('dir', 'ltr');
    await expect(autolink).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('@phone a wide table scrolls inside its own box and never widens the page', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const box = page.getByRole('region', { name: /جدول/ }).first();
    await expect(box.locator('table th').first()).toHaveText('روش');
    // As a reader reaches it: a table far down the page is laid out only near the screen
    // (`content-visibility: auto`), and until then its box has no overflow to measure.
    await box.scrollIntoViewIfNeeded();
    await expect.poll(() => box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
    await expectNoHorizontalScroll(page);
  });

  test('@phone a box that scrolls sideways shows a shadow at each edge past which something is hidden', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    // Right to left, a table starts at its right edge: its hidden columns are to the left. Code
    // runs left to right: its long lines are hidden to the right.
    for (const [box, hiddenAtStart] of [
      [page.getByRole('region', { name: /جدول/ }).first(), 'left'],
      [page.locator('.code-block pre').first(), 'right'],
    ] as const) {
      await box.scrollIntoViewIfNeeded();
      await expect.poll(() => box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
      const visibleAtStart = hiddenAtStart === 'left' ? 'right' : 'left';
      const atStart = await edgeShadows(box);
      expect(atStart[hiddenAtStart]).toBeGreaterThan(4);
      expect(Math.abs(atStart[visibleAtStart])).toBeLessThan(1);
      await box.evaluate((el) =>
        el.scrollTo({ left: getComputedStyle(el).direction === 'rtl' ? -el.scrollWidth : el.scrollWidth, behavior: 'instant' }),
      );
      const atEnd = await edgeShadows(box);
      expect(atEnd[visibleAtStart]).toBeGreaterThan(4);
      expect(Math.abs(atEnd[hiddenAtStart])).toBeLessThan(1);
    }
  });
});

/** How much darker (0–255) a strip 2–8 px inside each side of a box is with its background than without it: the same contents either way. */
async function edgeShadows(box: Locator): Promise<{ left: number; right: number }> {
  const edges = async () => {
    const { data, info } = await sharp(await box.screenshot())
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const strip = (from: number) => {
      let sum = 0;
      for (let y = 0; y < info.height; y++) for (let x = from; x < from + 6; x++) sum += data[y * info.width + x]!;
      return sum / (info.height * 6);
    };
    return { left: strip(2), right: strip(info.width - 8) };
  };
  const shown = await edges();
  await box.evaluate((el) => el.style.setProperty('background', 'none'));
  const plain = await edges();
  await box.evaluate((el) => el.style.removeProperty('background'));
  return { left: plain.left - shown.left, right: plain.right - shown.right };
}

test.describe('images, figures, callouts and details', () => {
  test('body images are sized and lazy; figures have captions', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const figure = page.locator('article figure.figure');
    await expect(figure.locator('figcaption')).toHaveText('جست‌وجوی عدد ۲۳: بازه در هر گام نصف می‌شود و در گام سوم به هدف می‌رسیم.');
    // The light image; its dark-theme twin (search-steps-dark.svg) is hidden in the light theme.
    const img = figure.locator('img').first();
    await expect(figure.locator('img:visible')).toHaveCount(1);
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('width', '800');
    await expect(img).toHaveAttribute('height', '300');
    await expect(img).toHaveAttribute('alt', /سه ردیف از یک آرایه/);
    await img.scrollIntoViewIfNeeded();
    await expect(img).toHaveJSProperty('complete', true);
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    // The cover is the largest contentful paint: loaded eagerly.
    await expect(page.getByTestId('cover')).not.toHaveAttribute('loading', 'lazy');
  });

  test('MDX callouts and GitHub alerts in Markdown render as the same callout', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    for (const [kind, title] of [
      ['note', 'یادداشت'],
      ['tip', 'نکته'],
      ['warning', 'هشدار'],
    ] as const) {
      await expect(page.locator(`aside[data-callout="${kind}"] .callout-title`).first()).toContainText(title);
    }
    await page.goto(GIT_ARTICLE);
    for (const [kind, title] of [
      ['note', 'یادداشت'],
      ['warning', 'هشدار'],
      ['tip', 'نکته'],
    ] as const) {
      const callout = page.locator(`aside[data-callout="${kind}"]`);
      await expect(callout).toHaveCount(1);
      await expect(callout.locator('.callout-title')).toContainText(title);
      await expect(callout).not.toContainText('[!');
    }
    // In plain Markdown a stray < and { are text.
    await expect(page.locator('article')).toContainText('اگر تعداد کامیت‌ها < ۱۰ باشد');
    await expect(page.locator('article')).toContainText("Merge branch '{branch}'");
  });

  test('Details is collapsed until opened', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const details = page.locator('details.details');
    await expect(details).not.toHaveAttribute('open');
    await expect(details.locator('.details-body')).toBeHidden();
    const summary = details.locator('summary', { hasText: 'اثبات درستی' });
    // Jumped to, the paragraphs around it are laid out only now (content-visibility: auto) and
    // move it: click once it stays put, as a reader's finger would.
    await summary.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const before = await summary.boundingBox();
        await page.waitForTimeout(100);
        return JSON.stringify(before) === JSON.stringify(await summary.boundingBox());
      })
      .toBe(true);
    await summary.click();
    await expect(details).toHaveAttribute('open');
    await expect(details.locator('.details-body')).toBeVisible();
  });
});

test.describe('structure and navigation', () => {
  test('headings have readable Persian ids and anchor links', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const heading = page.locator('h2#ایده-ی-اصلی');
    await expect(heading).toHaveText(/ایده‌ی اصلی/);
    await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', '#ایده-ی-اصلی');
    // Wide enough to tap (WCAG 2.2's 24 px), though it shows a single «#».
    const anchor = (await heading.locator('a.heading-anchor').boundingBox())!;
    expect(Math.min(anchor.width, anchor.height)).toBeGreaterThanOrEqual(24);
    await expect(page.locator('h2#پیاده-سازی-در-python')).toHaveCount(1);
    await heading.locator('a.heading-anchor').click({ force: true });
    await expect(page).toHaveURL(/#%D8%A7%DB%8C%D8%AF%D9%87-%DB%8C-%D8%A7%D8%B5%D9%84%DB%8C$|#ایده-ی-اصلی$/);
  });

  test('the table of contents sits beside the text and marks the section being read', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const side = page.locator('.toc-side-nav');
    await expect(side).toBeVisible();
    await expect(page.locator('.toc-inline')).toBeHidden();
    // Every h2/h3 of the body is listed; the footnotes heading closes the article and is not.
    await expect(side.locator('a')).toHaveCount(await page.locator('article .prose-fa :is(h2, h3)[id]:not(#footnote-label)').count());
    await expect(side.locator('a[href="#footnote-label"]')).toHaveCount(0);
    expect(await side.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    // The side column is at the reader's left of the text in RTL.
    const [tocBox, articleBox] = await Promise.all([side.boundingBox(), page.locator('article').boundingBox()]);
    expect(tocBox!.x + tocBox!.width).toBeLessThanOrEqual(articleBox!.x);

    await page.locator('h2#تحلیل-زمانی').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('تحلیل-زمانی')!.scrollIntoView({ block: 'start' }));
    await expect(side.locator('a[aria-current="location"]')).toHaveAttribute('href', '#تحلیل-زمانی');
    await expect(side).toBeInViewport();
    await page.evaluate(() => document.getElementById('جمع-بندی')!.scrollIntoView({ block: 'start' }));
    await expect(side.locator('a[aria-current="location"]')).toHaveAttribute('href', '#جمع-بندی');
  });

  test('a contents link lands on its heading, which is then marked as the section being read', async ({ page }) => {
    // The reader who has not asked for reduced motion: a smooth scroll used to stop short here,
    // aimed before the blocks it passed were laid out (content-visibility: auto).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(BINARY_SEARCH);
    const side = page.locator('.toc-side-nav');
    await side.locator('a[href="#جمع-بندی"]').click();
    await expect(page).toHaveURL(/#(%D8%AC%D9%85%D8%B9-%D8%A8%D9%86%D8%AF%DB%8C|جمع-بندی)$/);
    const headingTop = () => page.locator('h2#جمع-بندی').evaluate((heading) => heading.getBoundingClientRect().top);
    // At its scroll margin (1.5rem) below the top of the screen, and staying there.
    await expect.poll(headingTop).toBeGreaterThanOrEqual(0);
    await expect.poll(headingTop).toBeLessThanOrEqual(40);
    await page.waitForTimeout(500);
    expect(await headingTop()).toBeLessThanOrEqual(40);
    await expect(side.locator('a[aria-current="location"]')).toHaveAttribute('href', '#جمع-بندی');
  });

  test('@phone the table of contents is a collapsible box at the top', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    await expect(page.locator('.toc-side-nav')).toBeHidden();
    const inline = page.locator('.toc-inline');
    await expect(inline).toBeVisible();
    await expect(inline.locator('a').first()).toBeHidden();
    await inline.locator('summary').click();
    await expect(inline.locator('a').first()).toBeVisible();
    await inline.getByRole('link', { name: 'تحلیل زمانی' }).click();
    await expect(page).toHaveURL(/#/);
    await expect(page.locator('h2#تحلیل-زمانی')).toBeInViewport();
  });

  test('reading time and last update are shown in Persian', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const meta = page.locator('article header');
    const post = loadAllPosts().find((candidate) => `/posts/${candidate.slug}/` === BINARY_SEARCH)!;
    await expect(meta).toContainText(formatReadingTime(post.readingMinutes));
    expect(formatReadingTime(post.readingMinutes)).toMatch(/^[۰-۹]+ دقیقه مطالعه$/);
    await expect(meta.getByTestId('lastmod')).toHaveText('به‌روزرسانی: ۲۲ فروردین ۱۴۰۳');
    await expect(meta.getByTestId('lastmod').locator('time')).toHaveAttribute('datetime', '2024-04-10');
  });

  test('the end of the article links tags, series, neighbours, related articles, sharing and the source', async ({ page }) => {
    const foreign = collectForeignRequests(page);
    await page.goto(BINARY_SEARCH);
    const footer = page.locator('footer.article-footer');

    await expect(footer.getByRole('link', { name: 'الگوریتم', exact: true })).toHaveAttribute('href', '/tags/الگوریتم/');
    await expect(footer.getByRole('link', { name: 'TypeScript' })).toHaveAttribute('href', '/tags/typescript/');

    const series = footer.getByTestId('series');
    await expect(series).toContainText('مجموعهٔ «مبانی الگوریتم»');
    await expect(series).toContainText('بخش ۱ از ۲');
    await expect(series.locator('[aria-current="page"]')).toContainText('جست‌وجوی دودویی');
    await expect(series.getByRole('listitem').getByRole('link')).toHaveAttribute('href', MERGE_SORT);
    await expect(series.getByRole('link', { name: 'مجموعهٔ «مبانی الگوریتم»' })).toHaveAttribute('href', '/series/مبانی-الگوریتم/');

    const nav = footer.getByTestId('post-nav');
    await expect(nav.locator('a[rel=next]')).toHaveAttribute('href', MERGE_SORT);
    await expect(nav.locator('a[rel=prev]')).toHaveAttribute('href', GIT_ARTICLE);

    // Only the merge-sort article shares tags (الگوریتم, پایتون) with this one.
    const related = footer.getByTestId('related');
    await expect(related.getByRole('link')).toHaveCount(1);
    await expect(related.getByRole('link')).toHaveAttribute('href', MERGE_SORT);

    const share = footer.getByTestId('share');
    // Each share link carries this article's canonical address (SITE_URL + path), encoded.
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical).toBe(new URL(encodeURI(BINARY_SEARCH), page.url()).href);
    const address = encodeURIComponent(decodeURI(canonical!));
    for (const name of ['تلگرام', 'X', 'لینکدین', 'واتس‌اپ', 'ایمیل']) {
      const href = await share.getByRole('link', { name, exact: true }).getAttribute('href');
      expect(href, name).toContain(address);
    }
    await expect(share.getByRole('link', { name: 'تلگرام' })).toHaveAttribute('href', /^https:\/\/t\.me\/share\/url\?url=/);
    await expect(share.getByRole('link', { name: 'ایمیل' })).toHaveAttribute('href', /^mailto:\?subject=/);
    // The edit link points at the article's source in the configured repository.
    await expect(footer.getByTestId('edit-link')).toHaveAttribute(
      'href',
      'https://git.example/articles/edit/main/content/posts/جست‌وجوی-دودویی/index.mdx',
    );
    // Sharing is plain links: nothing was loaded from those sites.
    expect(foreign()).toEqual([]);

    await clickWhenSettled(footer.getByRole('link', { name: 'الگوریتم', exact: true }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('نوشته‌های برچسب «الگوریتم»');
    await expect(page.locator('main article')).toHaveCount(2);
  });
});

test('the copy-link button copies the article address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(BINARY_SEARCH);
  // Its only button; its name changes once it has copied.
  const button = page.getByTestId('share').getByRole('button');
  await expect(button).toHaveText('کپی پیوند');
  // A click before React has hydrated the button does nothing; a reader would click again.
  await expect(async () => {
    await button.click();
    await expect(button).toHaveText('پیوند کپی شد', { timeout: 500 });
  }).toPass();
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(decodeURI(canonical!));
});

test.describe('Persian text done right', () => {
  test('English terms, code and punctuation display in the right order', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const intro = 'article .prose-fa > p:first-of-type';
    // «(Binary Search)»: in RTL the opening parenthesis is at the right of the English words.
    const parenthesised = await characterX(page, intro, '(Binary Search)');
    const [open, firstLetter, lastLetter, close] = [parenthesised[0]!, parenthesised[1]!, parenthesised.at(-2)!, parenthesised.at(-1)!];
    expect(firstLetter).toBeLessThan(lastLetter);
    expect(open).toBeGreaterThan(lastLetter);
    expect(close).toBeLessThan(firstLetter);

    // C++ and C# keep their signs after the letter (not `++C`, `#C`).
    const cpp = await characterX(page, 'article', 'C++ و C#');
    expect(cpp[0]!).toBeLessThan(cpp[1]!);
    expect(cpp[1]!).toBeLessThan(cpp[2]!);
    await expect(page.locator('article bdi', { hasText: /^C\+\+$/ }).first()).toBeVisible();

    // A sentence ending in an English word: the period sits at the left end, after the word.
    const sentence = await characterX(page, 'article', 'با TypeScript.');
    expect(sentence.at(-1)!).toBeLessThan(sentence[3]!);

    // A list item that starts with English starts at the right edge: the word `Python`
    // (itself LTR, so its last letter is its rightmost) comes first, its colon after it.
    const item = page.locator('article li', { hasText: 'Python: توابع' });
    const itemBox = await item.boundingBox();
    const word = await characterX(page, 'article li:has-text("Python: توابع")', 'Python:');
    const rightmostLetter = Math.max(...word.slice(0, 6));
    expect(itemBox!.x + itemBox!.width - rightmostLetter).toBeLessThan(30);
    expect(word[0]!).toBeLessThan(word[5]!);
    expect(word[6]!).toBeLessThan(word[0]!);

    // Persian quotes: « opens at the right, » closes at the left, around Persian words.
    const quote = await characterX(page, 'article', '«مبانی الگوریتم»');
    expect(quote[0]!).toBeGreaterThan(quote[1]!);
    expect(quote.at(-1)!).toBeLessThan(quote.at(-2)!);

    // Inline code is an LTR island: `i++` reads i, +, +.
    const code = await characterX(page, 'article', 'i++');
    expect(code[0]!).toBeLessThan(code[1]!);
  });

  test('ZWNJs survive into the page: every one of the source is there', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    const source = readFileSync('content/posts/جست‌وجوی-دودویی/index.mdx', 'utf8');
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
    const count = (text: string) => (text.match(/\u200c/g) ?? []).length;
    // The body's own ZWNJs, plus the one in the footnotes heading «پانویس‌ها» the page adds.
    const onPage = await page.locator('article .prose-fa').evaluate((el) => el.textContent ?? '');
    const inAttributes = await page
      .locator('article .prose-fa')
      // A dark-theme twin repeats its image's alt: counted once.
      .evaluate((el) => [...el.querySelectorAll('img[alt]:not(.themed-image-dark)')].map((img) => img.getAttribute('alt')).join(''));
    const bodyWithoutComponents = body.replace(/<Figure[^>]*\/>/g, (tag) => tag.replace(/alt="[^"]*"/, ''));
    expect(count(onPage) + count(inAttributes)).toBe(count(body) + 1);
    expect(count(bodyWithoutComponents)).toBeGreaterThan(100);
    expect(onPage).toContain('پیاده‌سازی');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('جست‌وجوی دودویی');
  });

  test('the print stylesheet keeps the article alone and spells out links', async ({ page }) => {
    await page.goto(BINARY_SEARCH);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo').last()).toBeHidden();
    await expect(page.locator('.toc-side-nav')).toBeHidden();
    await expect(page.getByTestId('share')).toBeHidden();
    await expect(page.locator('article h1')).toBeVisible();
    const after = await page.locator('article a[href^="https://en.wikipedia.org"]').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://en.wikipedia.org/wiki/Binary_search_algorithm');
    // A collapsed <Details> prints open.
    expect(await page.locator('details.details .details-body').evaluate((el) => el.checkVisibility())).toBe(true);
  });

  test('a reader in dark mode still prints dark text on white', async ({ page }) => {
    // Lightness 0–255 of any CSS colour (Tailwind's are oklch), through a canvas pixel.
    const lightness = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate(
          (el, property) => {
            const context = document.createElement('canvas').getContext('2d')!;
            context.fillStyle = getComputedStyle(el).getPropertyValue(property);
            context.fillRect(0, 0, 1, 1);
            const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
            return (r! + g! + b!) / 3;
          },
          selector === 'body' ? 'background-color' : 'color',
        );
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(BINARY_SEARCH);
    expect(await lightness('article .prose-fa > p')).toBeGreaterThan(150);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await lightness('article .prose-fa > p')).toBeLessThan(100);
    expect(await lightness('article h1')).toBeLessThan(100);
    expect(await lightness('body')).toBeGreaterThan(240);
  });
});

for (const path of ALL_ARTICLES) {
  test(`@phone ${decodeURI(path)} fits a 360 px screen`, async ({ page }, testInfo) => {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await expectNoHorizontalScroll(page);
    // Kept in test-results/ for a person to look at (the list reporter discards attachments).
    await screenshotWholePage(page, testInfo.outputPath('phone.png'));
  });
}

test('desktop screenshot of the reading article', async ({ page }, testInfo) => {
  await page.goto(BINARY_SEARCH);
  await page.evaluate(() => document.fonts.ready);
  await expectNoHorizontalScroll(page);
  await screenshotWholePage(page, testInfo.outputPath('desktop.png'));
});
