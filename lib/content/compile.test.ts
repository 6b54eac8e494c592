import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MDXComponents } from 'mdx/types';
import { statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compileArticle } from './compile';
import { loadAllPosts, type Post } from './loader';
import type { CachedCompile, CompileCache } from './compile-cache';
import { articlePlainText } from './plain-text';
import { getPublishedPosts } from './posts';
import { article, makeRoot, png, rejectedContentError, removeRoots, svg } from './test-fixtures';

afterAll(removeRoots);

// Shiki loads its grammars lazily; the first highlighted block can take a few seconds.
const slow = { timeout: 30_000 };

const ZWNJ = '\u200C';
const countZwnj = (text: string) => [...text].filter((char) => char === ZWNJ).length;

function Callout({ type, title, children }: { type?: string; title?: string; children?: ReactNode }) {
  return createElement('aside', { 'data-type': type, 'data-title': title }, children);
}

const components: MDXComponents = {
  Callout,
  callout: Callout,
  Details: ({ summary, children }: { summary?: string; children?: ReactNode }) =>
    createElement('details', null, createElement('summary', null, summary), children),
  Figure: ({ src, caption, width, height }: { src?: string; caption?: string; width?: string; height?: string }) =>
    createElement('figure', { 'data-src': src, 'data-width': width, 'data-height': height }, caption),
};

const frontMatter = 'title: عنوان\ndate: 2024-01-30';

/** One article in a fresh root, loaded through the loader. */
function postFrom(file: string, text: string, extra: Record<string, string | Uint8Array> = {}): Post {
  const posts = loadAllPosts(makeRoot({ [`content/posts/${file}`]: text, ...extra }));
  expect(posts).toHaveLength(1);
  return posts[0]!;
}

async function render(file: string, body: string, extra: Record<string, string | Uint8Array> = {}, fields = frontMatter) {
  const post = postFrom(file, article(fields, body), extra);
  const { content, toc } = await compileArticle(post, components);
  return { html: withoutPreloads(renderToStaticMarkup(content)), toc, post };
}

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '');

/** React 19 adds `<link rel="preload">` for every `<img>` it renders; the tests look at the article markup. */
const withoutPreloads = (html: string) => html.replace(/<link rel="preload" as="image" href="[^"]*"\/>/g, '');

describe('Markdown (.md)', () => {
  it('renders a stray `<` and `{` as text', slow, async () => {
    const { html } = await render('a.md', 'اگر a < b و {x} و <3 باشد.\n');
    expect(html).toBe('<p>اگر a &lt; b و {x} و &lt;3 باشد.</p>');
  });

  it('turns `> [!NOTE]` and `> [!WARNING]` into the callout, without the marker', slow, async () => {
    const { html } = await render('a.md', '> [!NOTE]\n> متن یادداشت\n\n> [!WARNING]\n> هشدار **مهم**\n\n> [!tip]\n> نکته\n\n> نقل قول عادی\n');
    expect(html).toBe(
      '<aside data-type="note">\n<p>متن یادداشت</p>\n</aside>\n' +
        '<aside data-type="warning">\n<p>هشدار <strong>مهم</strong></p>\n</aside>\n' +
        '<aside data-type="tip">\n<p>نکته</p>\n</aside>\n' +
        '<blockquote>\n<p>نقل قول عادی</p>\n</blockquote>',
    );
    expect(html).not.toContain('[!');
  });

  it('highlights a fenced block: language, title and highlighted line', slow, async () => {
    const { html } = await render('a.md', '```ts title="a.ts" {2}\nconst a = 1;\nconst b = 2;\nconst c = 3;\n```\n');
    expect(html).toMatch(/<figcaption data-rehype-pretty-code-title="" data-language="ts"[^>]*>a\.ts<\/figcaption>/);
    expect(html).toMatch(/<pre [^>]*data-language="ts"/);
    const code = /<code [^>]*>([\s\S]*)<\/code>/.exec(html)![1]!;
    const lines = code.split('\n');
    expect(lines.map(stripTags)).toEqual(['const a = 1;', 'const b = 2;', 'const c = 3;']);
    expect(lines.map((line) => line.includes('data-highlighted-line'))).toEqual([false, true, false]);
  });

  it('highlights a fence without a language as plain text', slow, async () => {
    const { html } = await render('a.md', '```\nسلام C++\n```\n');
    expect(html).toMatch(/<pre [^>]*data-language="plaintext"/);
    expect(stripTags(html)).toBe('سلام C++');
    expect(html).not.toContain('<bdi>');
  });

  it('renders `$…$` and `$$…$$` with KaTeX', slow, async () => {
    const { html } = await render('a.md', 'فرمول $x^2$ در متن.\n\n$$\na+b\n$$\n');
    expect(html).toContain('<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
    // Displayed math scrolls sideways on phones, so keyboards can reach it: a named, focusable region.
    expect(html).toMatch(/<span class="katex-display" tabindex="0" role="region" aria-label="[^"]+"><span class="katex">[\s\S]*<annotation encoding="application\/x-tex">a\+b<\/annotation>/);
    expect(html.match(/class="katex"/g)).toHaveLength(2);
    expect(html).not.toContain('<bdi>');
  });

  it('renders bad TeX as marked-up text instead of failing the build', slow, async () => {
    const { html } = await render('a.md', 'فرمول $\\nocommand$ اینجا.\n');
    expect(html).toContain('<annotation encoding="application/x-tex">\\nocommand</annotation>');
    expect(html).toContain('color:#cc0000');
  });

  it('renders GFM: tables, task lists, strikethrough and autolinks', slow, async () => {
    const { html } = await render('a.md', '| الف | ب |\n|---|---|\n| ۱ | ۲ |\n\n- [x] انجام شد\n- [ ] مانده\n\n~~حذف~~ و https://example.com/راه\n');
    expect(html).toContain('<table><thead><tr><th>الف</th><th>ب</th></tr></thead><tbody><tr><td>۱</td><td>۲</td></tr></tbody></table>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled="" aria-label="انجام شد" checked=""/> انجام شد</li>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled="" aria-label="مانده"/> مانده</li>');
    expect(html).toContain('<p><del>حذف</del> و <a href="https://example.com/%D8%B1%D8%A7%D9%87">https://example.com/راه</a></p>');
  });

  it('renders footnotes with a Persian label, Persian reference numbers and Persian back-links', slow, async () => {
    const { html } = await render('a.md', 'الف[^1] و ب[^1] و ج[^دو].\n\n[^1]: یک.\n[^دو]: دو.\n');
    expect(html).toContain('<h2');
    expect(html).toMatch(/<h2 [^>]*id="footnote-label"[^>]*>پانویس‌ها<\/h2>/);
    expect([...html.matchAll(/data-footnote-ref="true"[^>]*>([^<]*)<\/a>/g)].map((match) => match[1])).toEqual(['۱', '۱', '۲']);
    expect([...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'بازگشت به ارجاع ۱',
      'بازگشت به ارجاع ۱-۲',
      'بازگشت به ارجاع ۲',
    ]);
    expect(html).toContain('<li id="user-content-fn-1">');
  });

  it('gives headings ids that keep Persian words (ZWNJ becomes `-`), de-duplicated, and lists h2–h3 in the toc', slow, async () => {
    const { html, toc } = await render(
      'a.md',
      `## روش${ZWNJ}های آموزش\n\nمتن.\n\n## روش${ZWNJ}های آموزش\n\n### زیر بخش C++\n\n#### عمیق\n\n## Next.js 16\n`,
    );
    expect(html).toContain(`<h2 id="روش-های-آموزش">روش${ZWNJ}های آموزش</h2>`);
    expect(html).toContain(`<h2 id="روش-های-آموزش-1">روش${ZWNJ}های آموزش</h2>`);
    expect(html).toContain('<h3 id="زیر-بخش-c-plus-plus">زیر بخش <bdi>C++</bdi></h3>');
    expect(html).toContain('<h4 id="عمیق">عمیق</h4>');
    expect(toc).toEqual([
      { depth: 2, id: 'روش-های-آموزش', text: `روش${ZWNJ}های آموزش` },
      { depth: 2, id: 'روش-های-آموزش-1', text: `روش${ZWNJ}های آموزش` },
      { depth: 3, id: 'زیر-بخش-c-plus-plus', text: 'زیر بخش C++' },
      { depth: 2, id: 'nextjs-16', text: 'Next.js 16' },
    ]);
  });

  it.each(['a.md', 'a.mdx'])('%s: warns at its line about a code fence never closed, and not about closed ones', slow, async (file) => {
    const closed = ['```bash', 'ls', '```', '', '> ~~~~', '> x', '> ~~~~', '', '- مورد', '', '  ```js', '  a()', '  ```', '', '    indented code', ''];
    const post = postFrom(file, article(frontMatter, [...closed, 'متن.', '', '```python', 'print(1)', '', 'ادامه‌ی متن که کد شد.', ''].join('\n')));
    const { warnings, content } = await compileArticle(post, components);
    expect(warnings).toEqual([
      expect.objectContaining({
        file: `content/posts/${file}`,
        line: post.bodyStartLine + closed.length + 2,
        severity: 'warning',
        reason: 'code fence ``` is never closed: everything after it shows as code',
      }),
    ]);
    // The rest of the article is code (its Persian words marked as Persian, for their font).
    expect(renderToStaticMarkup(content)).toMatch(/<pre[^>]*>.*<span lang="fa">ادامه‌ی متن که کد شد<\/span>\./s);
  });

  it.each(['a.md', 'a.mdx'])('%s: keeps inline code on one line with the brackets and stops that touch it', slow, async (file) => {
    const { html } = await render(file, 'ابزار (`PKGBUILD`) و «`exec()`»، و `main`: و `a` `b` و (`x`)`y`.\n\n```\n(code)\n```\n');
    const glued = (inner: string) => `<span class="whitespace-nowrap">${inner}</span>`;
    expect(html.split('\n')[0]).toBe(
      `<p>ابزار ${glued('(<code>PKGBUILD</code>)')} و ${glued('«<code>exec()</code>»،')} و ${glued('<code>main</code>:')} و <code>a</code> <code>b</code> و ${glued('(<code>x</code>)')}${glued('<code>y</code>.')}</p>`,
    );
    expect(html).not.toMatch(/<pre[^>]*>[^]*whitespace-nowrap/);

    // Longer code wraps as text: a span that does not wrap would push it past a phone's width.
    const long = 'docker run --rm -v "$PWD":/work -w /work node:20 npm test';
    const { html: longHtml } = await render(file, `اجرا: (\`${long}\`).\n`);
    expect(longHtml).not.toContain('whitespace-nowrap');
  });

  it('isolates `C++` and `C#` in prose with <bdi>, but not ChatGPT, Node.js or anything in code', slow, async () => {
    const { html } = await render('a.md', 'با C++ و C# و ChatGPT و Node.js و `C++` کار کنید.\n\n```\nC# C++\n```\n');
    expect(html.split('\n')[0]).toBe('<p>با <bdi>C++</bdi> و <bdi>C#</bdi> و ChatGPT و Node.js و <code>C++</code> کار کنید.</p>');
    expect(html.match(/<bdi>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<code[^>]*>[^]*<bdi>/);
  });

  it('keeps every ZWNJ of the prose in the HTML', slow, async () => {
    const body = [
      `کتاب${ZWNJ}ها را می${ZWNJ}خوانیم و **نیم${ZWNJ}فاصله** را [نگه${ZWNJ}می${ZWNJ}داریم](https://example.com).`,
      `- فهرست${ZWNJ}ها\n- دیگر${ZWNJ}ها`,
      `> [!NOTE]\n> یادداشت${ZWNJ}ها`,
      `## سرفصل${ZWNJ}ها`,
      `| ستون${ZWNJ}ها |\n|---|\n| خانه${ZWNJ}ها |`,
    ].join('\n\n');
    const { html } = await render('a.md', body + '\n');
    expect(countZwnj(body)).toBe(11);
    expect(countZwnj(html)).toBe(11);
    expect(html).toContain(`<a href="https://example.com">نگه${ZWNJ}می${ZWNJ}داریم</a>`);
  });

  it('resolves a Markdown image to its served URL with its width and height', slow, async () => {
    const { html } = await render('my-post/index.md', 'متن.\n\n![نمودار الگوریتم](./diagram.png)\n', {
      'content/posts/my-post/diagram.png': await png(4, 3),
    });
    expect(html).toContain('<p><img src="/posts/my-post/diagram.png" alt="نمودار الگوریتم" width="4" height="3"/></p>');
  });

  it('drops a leading body image that repeats the cover and keeps the other images', slow, async () => {
    const extra = { 'content/posts/p/cover.svg': svg(40, 20), 'content/posts/p/other.svg': svg(10, 10) };
    const fields = `${frontMatter}\ncover:\n  image: cover.svg`;
    const dropped = await render('p/index.md', '![جلد](p/cover.svg)\n\nمتن.\n\n![دیگر](other.svg)\n\n![جلد دوباره](cover.svg)\n', extra, fields);
    expect(dropped.html).toBe(
      '<p>متن.</p>\n<p><img src="/posts/p/other.svg" alt="دیگر" width="10" height="10"/></p>\n' +
        '<p><img src="/posts/p/cover.svg" alt="جلد دوباره" width="40" height="20"/></p>',
    );
    const kept = await render('p/index.md', '![دیگر](other.svg)\n\n![جلد](cover.svg)\n', extra, fields);
    expect(kept.html).toBe(
      '<p><img src="/posts/p/other.svg" alt="دیگر" width="10" height="10"/></p>\n<p><img src="/posts/p/cover.svg" alt="جلد" width="40" height="20"/></p>',
    );
    // Without a cover, a leading image is just an image.
    const noCover = await render('p/index.md', '![جلد](cover.svg)\n\nمتن.\n', extra);
    expect(noCover.html).toBe('<p><img src="/posts/p/cover.svg" alt="جلد" width="40" height="20"/></p>\n<p>متن.</p>');
  });

  it('reports a missing image at its file line (body line + front matter), with every other missing one', slow, async () => {
    // Lines 1–4: front matter; body line 1 is file line 5.
    const post = postFrom('x/index.md', article(frontMatter, '\nمتن.\n\n![نیست](missing.png)\n\nمتن ![هم نیست](gone.svg)\n'));
    expect(post.bodyStartLine).toBe(5);
    const error = await rejectedContentError(compileArticle(post, components));
    expect(error.problems).toEqual([
      {
        file: 'content/posts/x/index.md',
        line: 8,
        column: 1,
        reason: 'image «missing.png» does not exist (looked for content/posts/x/missing.png and content/posts/missing.png)',
        fix: 'check the file name (it is case-sensitive) and put the image in content/posts/x/',
      },
      {
        file: 'content/posts/x/index.md',
        line: 10,
        column: 5,
        reason: 'image «gone.svg» does not exist (looked for content/posts/x/gone.svg and content/posts/gone.svg)',
        fix: expect.any(String),
      },
    ]);
    expect(error.message).toContain('content/posts/x/index.md:8:1 — image «missing.png» does not exist');
  });

  it('reports a body image in a single-file article with the page-bundle fix', slow, async () => {
    const post = postFrom('single.md', article(frontMatter, '![x](pic.png)\n'), { 'content/posts/pic.png': await png(2, 2) });
    const error = await rejectedContentError(compileArticle(post, components));
    expect(error.problems).toEqual([
      {
        file: 'content/posts/single.md',
        line: 5,
        column: 1,
        reason: "image «pic.png» is outside the article's own folder",
        fix: 'turn the article into a page bundle: move `<slug>.md` to `<slug>/index.md` and put the image beside it',
      },
    ]);
  });

  it('reports raw HTML in .md instead of dropping it, and keeps comments silent', slow, async () => {
    const body = 'متن\n\n<!--more-->\n\n<div>پنهان</div>\n\nسطر با <br> شکسته\n';
    const error = await rejectedContentError(compileArticle(postFrom('h/index.md', article(frontMatter, body)), components));
    expect(error.problems.map((problem) => [problem.line, problem.column, problem.reason])).toEqual([
      [9, 1, 'raw HTML «<div>پنهان</div>» is not shown in a .md file'],
      [11, 8, 'raw HTML «<br>» is not shown in a .md file'],
    ]);
    expect(error.problems[0]!.fix).toContain('rename the file to .mdx');
    const { html } = await render('c/index.md', 'متن\n\n<!--more-->\n\nادامه\n');
    expect(html).toBe('<p>متن</p>\n\n<p>ادامه</p>');
  });

  it('never gives a heading an id the page uses, and leaves footnotes out of the contents', slow, async () => {
    const { html, toc } = await render('ids/index.md', '## Content\n\nمتن[^1].\n\n## Related title\n\n[^1]: منبع.\n');
    expect(html).toContain('<h2 id="content-1">Content</h2>');
    expect(html).toContain('<h2 id="related-title-1">Related title</h2>');
    expect(html).toContain('id="footnote-label"');
    expect(toc).toEqual([
      { depth: 2, id: 'content-1', text: 'Content' },
      { depth: 2, id: 'related-title-1', text: 'Related title' },
    ]);
  });

  it('reports a CRLF file at the same lines as an LF one', slow, async () => {
    const text = article(frontMatter, '\nمتن.\n\n![نیست](missing.png)\n').replace(/\n/g, '\r\n');
    const error = await rejectedContentError(compileArticle(postFrom('x/index.md', '\uFEFF' + text), components));
    expect(error.problems.map((problem) => [problem.line, problem.column])).toEqual([[8, 1]]);
  });
});

describe('MDX (.mdx)', () => {
  it('renders components, alerts and images in MDX', slow, async () => {
    const { html } = await render(
      'm/index.mdx',
      '<Callout type="tip" title="عنوان">متن نکته</Callout>\n\n<Details summary="بیشتر">\n\nپنهان\n\n</Details>\n\n> [!CAUTION]\n> احتیاط\n\n<Figure src="d.svg" caption="زیرنویس" />\n\n<img src="d.svg" alt="جایگزین" />\n',
      { 'content/posts/m/d.svg': svg(30, 15) },
    );
    expect(html).toBe(
      '<aside data-type="tip" data-title="عنوان">متن نکته</aside>\n' +
        '<details><summary>بیشتر</summary><p>پنهان</p></details>\n' +
        '<aside data-type="caution">\n<p>احتیاط</p>\n</aside>\n' +
        '<figure data-src="/posts/m/d.svg" data-width="30" data-height="15">زیرنویس</figure>\n' +
        '<img src="/posts/m/d.svg" alt="جایگزین" width="30" height="15"/>',
    );
  });

  it('reports JavaScript instead of letting the safety settings delete it silently', slow, async () => {
    const body =
      "import Danger from './danger'\n\nexport const secret = 42\n\nحاصل {1+1} است. {/* یادداشت نویسنده */}\n\n<Callout type=\"note\" title={'x'}>متن</Callout>\n\n<button onClick={() => alert('hi')}>دکمه</button>\n";
    const error = await rejectedContentError(compileArticle(postFrom('m/index.mdx', article(frontMatter, body)), components));
    expect(error.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [5, '`import`/`export` is not supported in articles'],
      [7, '`import`/`export` is not supported in articles'],
      [9, '«{1+1}» is a JavaScript expression, which this site removes for safety'],
      [11, 'prop `title` of <Callout> is a JavaScript expression, which this site removes for safety'],
      [13, 'prop `onClick` of <button> is a JavaScript expression, which this site removes for safety'],
      [13, '<button> is not allowed in articles'],
    ]);
  });

  it('allows text markup but not elements that run code, restyle the page or load other sites', slow, async () => {
    const { html } = await render('ok/index.mdx', 'متن <kbd>Ctrl</kbd> و <sub>۲</sub>.\n');
    expect(html).toBe('<p>متن <kbd>Ctrl</kbd> و <sub>۲</sub>.</p>');
    const body =
      '<script>alert(1)</script>\n\n<style>body \\{ color: red \\}</style>\n\n<iframe src="https://example.com" />\n\n<span onclick="alert(1)" style="color: red">x</span>\n';
    const error = await rejectedContentError(compileArticle(postFrom('bad/index.mdx', article(frontMatter, body)), components));
    expect(error.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [5, '<script> is not allowed in articles'],
      [7, '<style> is not allowed in articles'],
      [9, '<iframe> is not allowed in articles'],
      [11, 'prop `onclick` of <span> is not allowed'],
      [11, 'prop `style` of <span> is not allowed'],
    ]);
  });

  it('reports links that would run code', slow, async () => {
    const post = postFrom('j/index.md', article(frontMatter, '[کلیک](javascript:alert(1))\n\n[ref]: vbscript:x\n'));
    const error = await rejectedContentError(compileArticle(post, components));
    expect(error.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [5, 'link «javascript:alert(1)» would run code or hide content'],
      [7, 'link «vbscript:x» would run code or hide content'],
    ]);
  });

  it('reports code hidden beside a comment', slow, async () => {
    const mdx = postFrom('c/index.mdx', article(frontMatter, 'متن {/* a */ 1+1 /* b */} ادامه.\n'));
    expect((await rejectedContentError(compileArticle(mdx, components))).problems.map((p) => p.line)).toEqual([5]);
    const md = postFrom('c/index.md', article(frontMatter, '<!-- a --><div>پنهان</div><!-- b -->\n'));
    expect((await rejectedContentError(compileArticle(md, components))).problems.map((p) => p.line)).toEqual([5]);
  });

  it('keeps MDX comments silent, and checks component props', slow, async () => {
    const { html } = await render('m/index.mdx', 'متن {/* فقط برای نویسنده */} ادامه.\n');
    expect(html).toBe('<p>متن  ادامه.</p>');
    const body = '<Callout type="danger">متن</Callout>\n\n<Details>\n\nپنهان\n\n</Details>\n\n<Figure src="d.svg" />\n';
    const post = postFrom('m/index.mdx', article(frontMatter, body), { 'content/posts/m/d.svg': svg(30, 15) });
    const error = await rejectedContentError(compileArticle(post, components));
    expect(error.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [5, '<Callout type="danger"> is not one of note, tip, important, warning, caution'],
      [7, '<Details> needs a `summary`'],
      [13, '<Figure> needs `alt` or `caption`'],
    ]);
  });

  it('reports an unclosed component at its file line', slow, async () => {
    const post = postFrom('m/index.mdx', article(frontMatter, '\nسلام.\n\n<Callout type="note">\nمتن\n'));
    const error = await rejectedContentError(compileArticle(post, components));
    expect(error.problems).toEqual([
      {
        file: 'content/posts/m/index.mdx',
        line: 8,
        column: 1,
        reason: 'MDX syntax error: Expected a closing tag for `<Callout>`',
        fix: expect.stringContaining('close every tag'),
      },
    ]);
    expect(error.message).toContain('content/posts/m/index.mdx:8:1 — MDX syntax error:');
  });

  it.each([
    ['an opening tag cut off at the end of the file', '\nسلام.\n\n<Callout', 8, 9, 'Unexpected end of file in name'],
    ['`<` before a digit in prose', '\nسلام.\n\nاگر x <3 باشد\n', 8, 8, 'Unexpected character `3` (U+0033) before name'],
    ['an expression that is not JavaScript', '\nسلام.\n\n\nمقدار {1+} است\n', 9, 10, 'Could not parse expression with acorn'],
    ['an unclosed `{`', 'سلام {ادامه\n\nمتن\n', 5, 12, 'Unexpected end of file in expression'],
  ])('reports %s at its file line', slow, async (_name, body, line, column, reason) => {
    const post = postFrom('m/index.mdx', article(frontMatter, body));
    const error = await rejectedContentError(compileArticle(post, components));
    expect(error.problems).toEqual([
      { file: 'content/posts/m/index.mdx', line, column, reason: expect.stringContaining(`MDX syntax error: ${reason}`), fix: expect.any(String) },
    ]);
  });

  it('reports a mismatched closing tag', slow, async () => {
    const post = postFrom('m/index.mdx', article(frontMatter, '<Details>\n\nمتن\n\n</Callout>\n'));
    const error = await rejectedContentError(compileArticle(post, components));
    expect(error.problems).toEqual([
      {
        file: 'content/posts/m/index.mdx',
        line: 9,
        column: 1,
        reason: 'MDX syntax error: Unexpected closing tag `</Callout>`, expected corresponding closing tag for `<Details>`',
        fix: expect.any(String),
      },
    ]);
  });

  it('reports an unknown component with its line and the known ones', slow, async () => {
    const post = postFrom('m/index.mdx', article(frontMatter, 'سلام.\n\n<Calout type="note">متن</Calout>\n\nمتن <Detials /> اینجا.\n'));
    const error = await rejectedContentError(compileArticle(post, components));
    expect(error.problems).toEqual([
      { file: 'content/posts/m/index.mdx', line: 7, column: 1, reason: 'unknown component <Calout>', fix: 'use one of <Callout>, <Details>, <Figure>' },
      { file: 'content/posts/m/index.mdx', line: 9, column: 5, reason: 'unknown component <Detials>', fix: 'use one of <Callout>, <Details>, <Figure>' },
    ]);
  });

  it('reports a missing <Figure> image at its file line', slow, async () => {
    const post = postFrom('m/index.mdx', article(frontMatter, 'سلام.\n\n<Figure src="nope.svg" caption="x" />\n'));
    const error = await rejectedContentError(compileArticle(post, components));
    expect(error.problems).toEqual([
      { file: 'content/posts/m/index.mdx', line: 7, column: 1, reason: expect.stringMatching(/^image «nope\.svg» does not exist/), fix: expect.any(String) },
    ]);
  });
});

describe('compileArticle memoisation', () => {
  it('compiles a post once: the same promise while it compiles, the same compiled article after', slow, async () => {
    const post = postFrom('a.md', article(frontMatter, 'متن.\n'));
    const first = compileArticle(post, components);
    expect(compileArticle(post, components)).toBe(first);
    const again = postFrom('a.md', article(frontMatter, 'متن.\n'));
    expect(compileArticle(again, components)).not.toBe(first);
    expect(renderToStaticMarkup((await first).content)).toBe('<p>متن.</p>');
    expect(await compileArticle(post, components)).toBe(await first);
  });

  it('shows a saved edit on the next request, as `next dev` needs: new Post, compiled again', slow, async () => {
    vi.stubEnv('NODE_ENV', 'development');
    try {
      const root = makeRoot({ 'content/posts/a.md': article(frontMatter, 'نسخهٔ اول.\n') });
      const html = async () => renderToStaticMarkup((await compileArticle(loadAllPosts(root)[0]!, components)).content);
      expect(await html()).toBe('<p>نسخهٔ اول.</p>');
      const file = path.join(root, 'content/posts/a.md');
      writeFileSync(file, article(frontMatter, 'نسخهٔ ویرایش‌شده.\n'));
      // Editors can save twice within a clock tick; a later mtime stands for the second save.
      const later = new Date(statSync(file).mtimeMs + 5_000);
      utimesSync(file, later, later);
      expect(await html()).toBe('<p>نسخهٔ ویرایش‌شده.</p>');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('keeps a failed compile failed (the same rejected promise)', slow, async () => {
    const post = postFrom('x/index.md', article(frontMatter, '![x](missing.png)\n'));
    const first = compileArticle(post, components);
    expect(compileArticle(post, components)).toBe(first);
    await expect(first).rejects.toThrow('image «missing.png» does not exist');
  });
});

describe('the reading text for search', () => {
  it('comes from the compiled tree, the same text as parsing the body alone, for every real article', { timeout: 120_000 }, async () => {
    const posts = getPublishedPosts();
    expect(posts.length).toBeGreaterThan(3);
    for (const post of posts) {
      const { plainText } = await compileArticle(post, components, undefined);
      expect(plainText.text.length, post.slug).toBeGreaterThan(200);
      expect(plainText, post.slug).toEqual(articlePlainText(post));
    }
  });

  it('is kept in the disk cache with the compiled code', slow, async () => {
    const post = postFrom('x.md', article(frontMatter, '## سرفصل\n\nمتنی که می‌خوانیم.\n\n```bash\necho hi\n```\n'));
    const entries = new Map<string, CachedCompile>();
    const cache: CompileCache = { version: 'test', read: (key) => entries.get(key), write: (key, value) => void entries.set(key, value) };
    const compiled = await compileArticle(post, components, cache);
    expect(compiled.plainText).toEqual({ headings: ['سرفصل'], text: 'سرفصل\nمتنی که می‌خوانیم.\n\u2066echo hi\u2069' });
    // A second process reads it back with the code: the same text without compiling again.
    const [stored] = [...entries.values()];
    expect(stored!.plainText).toEqual(compiled.plainText);
    const again = await compileArticle({ ...post }, components, cache);
    expect(again.plainText).toEqual(compiled.plainText);
  });
});
