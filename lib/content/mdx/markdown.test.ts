import path from 'node:path';
import { createElement, type ComponentType, type ReactElement } from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import * as jsxDevRuntime from 'react/jsx-dev-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MDXComponents } from 'mdx/types';
import { serialize } from 'next-mdx-remote/serialize';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx/components';
import { writeGeneratedContent } from '@/scripts/generate-articles';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';
import { compileArticle } from '../compile';
import { prepareHugoSource } from '../hugo/shortcodes/source';
import { loadAllPosts, type Post } from '../loader';
import { article, makeRoot, png, removeRoots } from '../test-fixtures';
import { markdownToHast, MarkdownContent } from './markdown';
import { createMdxOptions, type CompileReport } from './options';

afterAll(removeRoots);

const html = (element: ReactElement) => renderToStaticMarkup(element);

/** The body as the MDX compiler's `md` format makes it: JavaScript, run with React's runtime. */
async function throughMdx(post: Post, components: MDXComponents): Promise<{ html: string; report: CompileReport }> {
  const prepared = prepareHugoSource(post.body, { format: post.format, refs: post.refs, custom: site.hugoShortcodes, texts: uiText.hugo });
  const report: CompileReport = { toc: [], problems: [] };
  const mdxOptions = createMdxOptions(post, report, Object.keys(components), prepared.shortcodes);
  const { compiledSource } = await serialize(prepared.text, { mdxOptions }, true);
  const run = Reflect.construct(Function, ['opts', 'frontmatter', compiledSource]) as (
    runtime: unknown,
    frontmatter: object,
  ) => { default: ComponentType<{ components: MDXComponents }> };
  // The compiler emits `jsxDEV` outside production, as in lib/content/compile.ts.
  return { html: html(createElement(run({ ...jsxRuntime, ...jsxDevRuntime }, {}).default, { components })), report };
}

/** The same body through markdownToHast and MarkdownContent. */
async function throughTree(post: Post, components: MDXComponents): Promise<{ html: string; report: CompileReport }> {
  const prepared = prepareHugoSource(post.body, { format: post.format, refs: post.refs, custom: site.hugoShortcodes, texts: uiText.hugo });
  const report: CompileReport = { toc: [], problems: [] };
  const tree = await markdownToHast(prepared.text, createMdxOptions(post, report, Object.keys(components), prepared.shortcodes));
  return { html: html(createElement(MarkdownContent, { tree, components })), report };
}

async function expectSameAsMdx(posts: Post[]): Promise<string[]> {
  expect(posts.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const post of posts) {
    expect(post.format).toBe('md');
    const [viaMdx, viaTree] = [await throughMdx(post, mdxComponents), await throughTree(post, mdxComponents)];
    expect(viaTree.html, post.sourcePath).toBe(viaMdx.html);
    expect(viaTree.report.toc, post.sourcePath).toEqual(viaMdx.report.toc);
    expect(viaTree.report.plainText, post.sourcePath).toEqual(viaMdx.report.plainText);
    expect(viaTree.report.problems, post.sourcePath).toEqual(viaMdx.report.problems);
    // `npm run check` reads the Markdown tree, positions included.
    expect(viaTree.report.mdast, post.sourcePath).toEqual(viaMdx.report.mdast);
    pages.push(viaTree.html);
  }
  return pages;
}

/** Markdown that reaches every plugin: raw HTML, alerts, footnotes, math, code, tables, tasks, shortcodes, images. */
const EVERYTHING = `
مقدمه‌ای با **تأکید** و \`inline code\` و واژهٔ Next.js در متن فارسی[^1].

<div class="raw">این HTML خام است</div>

و یک <span>تگ درون خط</span> و a < b و {x}.

> [!NOTE]
> یادداشتی برای خواننده.

## بخش اول {#first}

| ستون | مقدار |
| --- | --: |
| الف | ۱ |

- [x] کار انجام‌شده
- [ ] کار مانده

\`\`\`ts title="example.ts" {2}
const a = 1;
const b = a + 1;
\`\`\`

$$
\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}
$$

و فرمول درون خط $a^2 + b^2$.

![نمودار](chart.png)

{{< figure src="chart.png" caption="نمودار با شرح" >}}

فکر میکنم {{< youtube abc >}} اینجا.

{{< details summary="بیشتر" >}}
متن پنهان
{{< /details >}}

### بخش دوم

[پیوند بیرونی](https://example.com) و [پیوند درونی](#first).

[^1]: پانوشت نخست.
`;

describe('Markdown articles without JavaScript in between', () => {
  it('give the HTML, contents, search text and problems of the MDX compiler’s md format: every plugin at work', { timeout: 60_000 }, async () => {
    const root = makeRoot({
      'content/posts/everything/index.md': article('title: همه چیز\ndate: 2024-01-30', EVERYTHING),
      'content/posts/everything/chart.png': await png(640, 360),
    });
    const [page] = await expectSameAsMdx(loadAllPosts(root));
    // Every plugin had something to do (so the two were compared on all of it).
    for (const made of ['class="katex"', 'data-line', '<details', 'نمودار با شرح', 'footnotes', 'type="checkbox"', '<table', 'example.ts', 'data-callout="note"', 'id="first"'])
      expect(page, made).toContain(made);
    // Raw HTML is dropped by both; the text of an inline tag stays.
    expect(page).not.toContain('این HTML خام است');
    expect(page).toContain('تگ درون خط');
  });

  it('give the same HTML for the site’s own Markdown articles', { timeout: 60_000 }, async () => {
    await expectSameAsMdx(loadAllPosts(process.cwd()).filter((post) => post.format === 'md'));
  });

  it('give the same HTML for generated articles (headings, lists, code, tables, math, covers)', { timeout: 120_000 }, async () => {
    const root = makeRoot({});
    await writeGeneratedContent(path.join(root, 'content'), 24, 5);
    await expectSameAsMdx(loadAllPosts(root).filter((post) => post.format === 'md'));
  });

  it('are compiled without MDX, and MDX articles still through it', { timeout: 60_000 }, async () => {
    const root = makeRoot({
      'content/posts/a.md': article('title: الف\ndate: 2024-01-30', 'متن **ساده**.\n'),
      'content/posts/b.mdx': article('title: ب\ndate: 2024-01-31', '<Callout type="note">یادداشت</Callout>\n'),
    });
    const [first, second] = loadAllPosts(root).sort((a, b) => a.format.localeCompare(b.format));
    const markdown = await compileArticle(first!, mdxComponents);
    const mdx = await compileArticle(second!, mdxComponents);
    expect(markdown.content.type).toBe(MarkdownContent);
    expect(mdx.content.type).not.toBe(MarkdownContent);
    expect(html(markdown.content)).toBe('<p>متن <strong>ساده</strong>.</p>');
  });
});
