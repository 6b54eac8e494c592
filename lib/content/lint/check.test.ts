import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createElement, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { afterAll, describe, expect, it } from 'vitest';
import { article, makeRoot, removeRoots, svg } from '../test-fixtures';
import { applyEditsToSource } from './apply-edits';
import { checkContent, ruleOfProblem } from './check';
import type { Diagnostic } from './diagnostic';

afterAll(removeRoots);

const slow = { timeout: 60_000 };
const Z = '\u200C';

const Box = ({ children }: { children?: ReactNode }) => createElement('div', null, children);
const components: MDXComponents = { Callout: Box, callout: Box, Details: Box, Figure: Box };

const fm = (extra = '') => `title: عنوان\ndate: 2024-01-30${extra ? `\n${extra}` : ''}`;
const rules = (diagnostics: Diagnostic[], file?: string) =>
  diagnostics.filter((d) => !file || d.file.endsWith(file)).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`);

async function fixAll(root: string): Promise<void> {
  for (let pass = 0; pass < 5; pass++) {
    const { diagnostics } = await checkContent(root, components);
    const files = new Set(diagnostics.filter((d) => d.edit).map((d) => d.file));
    if (files.size === 0) return;
    for (const file of files) {
      const absolute = path.join(root, file);
      const edits = diagnostics.filter((d) => d.file === file && d.edit).map((d) => d.edit!);
      writeFileSync(absolute, applyEditsToSource(readFileSync(absolute, 'utf8'), edits));
    }
  }
}

describe('checkContent', () => {
  it('reports build problems as errors with a rule id and keeps checking the other articles', slow, async () => {
    const root = makeRoot({
      'content/posts/bad-date.md': article('title: بد\ndate: 2024-13-45'),
      'content/posts/good.md': article(fm(), 'فکر میکنم.\n'),
    });
    const { articles, diagnostics } = await checkContent(root, components);
    expect(articles).toBe(2);
    expect(diagnostics[0]).toMatchObject({ file: 'content/posts/bad-date.md', line: 3, column: 1, severity: 'error', rule: 'front-matter' });
    expect(diagnostics[0]!.message).toContain('«2024-13-45» is not a valid date');
    expect(rules(diagnostics, 'good.md')).toEqual(['5:7 warning zwnj-prefix']);
  });

  it('warns about unknown front matter keys with the nearest field, and accepts Hugo/PaperMod keys quietly', slow, async () => {
    const root = makeRoot({
      'content/posts/a.md': article(fm('ShowToc: true\nweight: 2\nshowtok: true\nfavourite_colour: blue\naliases: [/old/]\nlicense: MIT\nmermaid: true\nhidden: false\nlinks: []')),
      'content/posts/b.md': '+++\ntitle = "ب"\ndate = 2024-01-30\ndescriptoin = "خلاصه"\nShowToc = true\n+++\nمتن\n',
    });
    const { diagnostics } = await checkContent(root, components);
    expect(diagnostics.map((d) => [d.file, d.line, d.rule, d.message])).toEqual([
      ['content/posts/a.md', 6, 'front-matter-key', '`showtok` is not a front matter field this site reads; did you mean `ShowToc`?'],
      ['content/posts/a.md', 7, 'front-matter-key', '`favourite_colour` is not a front matter field this site reads'],
      ['content/posts/b.md', 4, 'front-matter-key', '`descriptoin` is not a front matter field this site reads; did you mean `description`? (its value is not used)'],
    ]);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('finds broken links to articles, tags and headings, in the forms the routes answer', slow, async () => {
    const root = makeRoot({
      'content/posts/جست‌وجو/index.md': article(fm('tags: [هوش مصنوعی]'), '## روش‌های جست‌وجو\n\nمتن.\n'),
      'content/posts/draft.md': article(fm('draft: true')),
      'content/posts/later.md': article('title: بعدا\ndate: 2999-01-01'),
      'content/posts/links.md': article(
        fm(),
        [
          '## مقدمه',
          '',
          '[خوب](/posts/جست-وجو/) [کدگذاری‌شده](/posts/%D8%AC%D8%B3%D8%AA-%D9%88%D8%AC%D9%88/) [برچسب](/tags/هوش-مصنوعی/)',
          '[سرتیتر](/posts/جست-وجو/#روش-های-جست-وجو) [اینجا](#مقدمه) [بیرونی](https://example.com/posts/nothing/)',
          '',
          `[بد](/posts/nothing/) [با فاصله مجازی](/posts/جست${Z}وجو/) [برچسب بد](/tags/نیست/)`,
          `[سرتیتر بد](/posts/جست-وجو/#نیست) [بدون خط تیره](#روش${Z}های) [پیش‌نویس](/posts/draft/) [بعدا](/posts/later/)`,
        ].join('\n'),
      ),
    });
    const { diagnostics } = await checkContent(root, components);
    const links = diagnostics.filter((d) => d.file.endsWith('links.md'));
    expect(links.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      '10:1 error broken-link',
      '10:23 error broken-link',
      '10:57 error broken-link',
      '11:1 error broken-anchor',
      '11:35 error broken-anchor',
      '11:60 error link-to-draft',
      '11:86 error link-to-draft',
    ]);
    expect(links[1]!.message).toContain('does not match the article\'s address /posts/جست-وجو/');
  });

  it('a published article linking (by address or Hugo ref/relref) to a draft or scheduled one is an error; unpublished ones may', slow, async () => {
    const body = [
      '[پیوند](/posts/draft/) و [ارجاع]({{< ref "draft.md" >}}) و {{< relref "later" >}}',
      '[منتشرشده]({{< ref "ok.md" >}})',
      '',
    ].join('\n');
    const root = makeRoot({
      'content/posts/draft.md': article(fm('draft: true'), '[منتشرنشده]({{< ref "later.md" >}}) [x](/posts/later/)\n'),
      'content/posts/later.md': article('title: بعدا\ndate: 2999-01-01'),
      'content/posts/ok.md': article(fm()),
      'content/posts/published.md': article(fm(), body),
    });
    const { diagnostics } = await checkContent(root, components);
    expect(diagnostics.map((d) => `${d.file.replace('content/posts/', '')}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      'published.md:5:1 error link-to-draft',
      'published.md:5:34 error link-to-draft',
      'published.md:5:60 error link-to-draft',
    ]);
    expect(diagnostics[1]!.message).toBe(
      'Hugo `ref` to «draft.md»: link «/posts/draft/» points to a draft or scheduled article, which is not published: readers (and feeds, and search) would get a page that does not exist',
    );
  });

  it('warns about images without alt text', slow, async () => {
    const root = makeRoot({
      'content/posts/i/index.md': article(fm(), '![](pic.png)\n\n![نمودار](pic.png)\n'),
      'content/posts/i/pic.png': readFileSync(path.join(__dirname, '../../../content/posts/large-language-models-training/chat-bot.jpg')),
    });
    const { diagnostics } = await checkContent(root, components);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['5:1 image-alt']);
    const mdx = makeRoot({
      'content/posts/j/index.mdx': article(fm(), '<img src="pic.png" />\n\n<img src="pic.png" alt="نمودار" />\n'),
      'content/posts/j/pic.png': readFileSync(path.join(__dirname, '../../../content/posts/large-language-models-training/chat-bot.jpg')),
    });
    const fromMdx = await checkContent(mdx, components);
    expect(fromMdx.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual(['5:1 image-alt image «pic.png» has no alt text']);
  });

  it('never touches code, inline code, math, URLs, link targets, JSX or front matter keys', slow, async () => {
    const md = article(
      'title: عنوان\ndate: 2024-01-30\nمیکنم: 1',
      [
        'متن `میکنم` و $میکنم$ و <https://example.com/مدلهای> و https://example.com/آنها و [پیوند](https://example.com/مدلهای/) و این را میکنم',
        '',
        '```',
        'میکنم "سلام" ، آنها',
        '```',
        '',
        '$$',
        'میکنم',
        '$$',
        '',
      ].join('\n'),
    );
    const mdx = article(
      'title: عنوان\ndate: 2024-01-30',
      '<Callout type="note" title="میکنم">\n\nاینجا <kbd>میکنم</kbd> ولی این را میکنم.\n\n</Callout>\n',
    );
    const root = makeRoot({ 'content/posts/x/index.md': md, 'content/posts/y/index.mdx': mdx });
    await fixAll(root);
    const { diagnostics } = await checkContent(root, components);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(readFileSync(path.join(root, 'content/posts/x/index.md'), 'utf8')).toBe(md.replace('این را میکنم', `این را می${Z}کنم`));
    expect(readFileSync(path.join(root, 'content/posts/y/index.mdx'), 'utf8')).toBe(mdx.replace('ولی این را میکنم', `ولی این را می${Z}کنم`));
  });

  it.each(['md', 'mdx'])('reports at the author’s line and column after Hugo shortcodes (.%s)', slow, async (format) => {
    const body = [
      '{{< youtube abc >}}',
      'من میکنم [x](/posts/nope/) ![](flow.svg) [y](#nohead)',
      '',
      '[a](/posts/nope/) {{< youtube abc >}} [b](/posts/nope/) میکنم',
      '',
    ].join('\n');
    const root = makeRoot({ [`content/posts/s/index.${format}`]: article(fm(), body), 'content/posts/s/flow.svg': svg(10, 10) });
    const { diagnostics } = await checkContent(root, components);
    expect(rules(diagnostics)).toEqual([
      '6:10 error broken-link',
      '6:42 error broken-anchor',
      '8:1 error broken-link',
      '8:39 error broken-link',
      '6:6 warning zwnj-prefix',
      '6:28 warning image-alt',
      '8:59 warning zwnj-prefix',
    ]);
  });

  it.each(['md', 'mdx'])('--fix after Hugo shortcodes edits the author’s text only, and a second run changes nothing (.%s)', slow, async (format) => {
    const body = '{{< youtube abc >}}\nفکر میکنم {{< youtube abc >}} مدلهای "بزرگ" ، سادهتر هستند.\n\n{{< youtube abc >}}\n';
    const file = `content/posts/f.${format}`;
    const root = makeRoot({ [file]: article(fm(), body) });
    await fixAll(root);
    const once = readFileSync(path.join(root, file), 'utf8');
    expect(once).toBe(article(fm(), `{{< youtube abc >}}\nفکر می${Z}کنم {{< youtube abc >}} مدل${Z}های «بزرگ»، ساده${Z}تر هستند.\n\n{{< youtube abc >}}\n`));
    await fixAll(root);
    expect(readFileSync(path.join(root, file), 'utf8')).toBe(once);
    expect((await checkContent(root, components)).diagnostics).toEqual([]);
  });

  it('does not fix headings by itself: their text is their #id', slow, async () => {
    const root = makeRoot({ 'content/posts/h.md': article(fm(), '## مدلهای زبانی\n\nمتن.\n') });
    const { diagnostics } = await checkContent(root, components);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 5, column: 7, rule: 'zwnj-suffix', edit: undefined });
    expect(diagnostics[0]!.message).toContain('in a heading: not fixed by --fix');
  });

  it('--fix keeps CRLF line ends and the BOM, fixes title and body, and a second run changes nothing', slow, async () => {
    const lf = article('title: مدلهای زبانی\ndate: 2024-01-30', 'فکر میکنم مدلهای "بزرگ" ، سادهتر هستند.\r\n'.replace('\r\n', '\n'));
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
    const root = makeRoot({ 'content/posts/w.md': crlf });
    await fixAll(root);
    const once = readFileSync(path.join(root, 'content/posts/w.md'), 'utf8');
    expect(once).toBe(
      '\uFEFF' +
        `---\r\ntitle: مدل${Z}های زبانی\r\ndate: 2024-01-30\r\n---\r\nفکر می${Z}کنم مدل${Z}های «بزرگ»، ساده${Z}تر هستند.\r\n`,
    );
    await fixAll(root);
    expect(readFileSync(path.join(root, 'content/posts/w.md'), 'utf8')).toBe(once);
    expect((await checkContent(root, components)).diagnostics).toEqual([]);
  });
});

describe('ruleOfProblem', () => {
  it.each([
    [{ file: 'a.md', field: 'date', reason: 'is required but missing' }, 'front-matter'],
    [{ file: 'a.md', reason: 'MDX syntax error: Unexpected end of file' }, 'syntax'],
    [{ file: 'a.md', reason: 'image «x.png» does not exist' }, 'image'],
    [{ file: 'a.md', reason: 'raw HTML «<div>» is not shown in a .md file' }, 'raw-html'],
    [{ file: 'a.md', reason: '«{1+1}» is a JavaScript expression, which this site removes for safety' }, 'expression'],
    [{ file: 'a.md', reason: '`import`/`export` is not supported in articles' }, 'expression'],
    [{ file: 'a.md', reason: 'unknown component <Calout>' }, 'component'],
    [{ file: 'a.md', reason: 'link «javascript:alert(1)» would run code or hide content' }, 'unsafe-link'],
    [{ file: 'content/posts/x/', reason: 'folder has no index.md or index.mdx, so it is not an article' }, 'article-file'],
  ])('%o → %s', (problem, rule) => {
    expect(ruleOfProblem(problem)).toBe(rule);
  });
});
