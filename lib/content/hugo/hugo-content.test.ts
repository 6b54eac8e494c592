import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MDXComponents } from 'mdx/types';
import { afterAll, describe, expect, it } from 'vitest';
import { collectContentProblems } from '../check';
import { checkContent } from '../lint/check';
import { compileArticle } from '../compile';
import { contentPaths, readAllPosts, type Post } from '../loader';
import { contentErrorOf, makeRoot, rejectedContentError, removeRoots, svg } from '../test-fixtures';

afterAll(removeRoots);

const slow = { timeout: 30_000 };

const components: MDXComponents = {
  Callout: ({ type, children }: { type?: string; children?: ReactNode }) => createElement('aside', { 'data-type': type }, children),
  callout: ({ type, children }: { type?: string; children?: ReactNode }) => createElement('aside', { 'data-type': type }, children),
  Details: ({ summary, children }: { summary?: string; children?: ReactNode }) => createElement('details', null, createElement('summary', null, summary), children),
  Figure: ({ src, alt, caption }: { src?: string; alt?: string; caption?: string }) => createElement('figure', { 'data-src': src, 'data-alt': alt }, caption),
};

function load(files: Record<string, string>): Post[] {
  return readAllPosts(contentPaths(makeRoot(files)));
}

function problemsOf(files: Record<string, string>) {
  return contentErrorOf(() => load(files)).problems;
}

const yaml = (fields: string, body = 'متن.\n') => `---\ntitle: عنوان\ndate: 2024-01-30\n${fields ? `${fields}\n` : ''}---\n${body}`;

async function html(file: string, body: string, extra: Record<string, string> = {}) {
  const posts = load({ [`content/posts/${file}`]: yaml('', body), ...extra });
  const post = posts.find((candidate) => candidate.sourcePath === `content/posts/${file}`)!;
  const compiled = await compileArticle(post, components);
  return { html: renderToStaticMarkup(compiled.content), ...compiled };
}

describe('Hugo file names', () => {
  it('reads `index.fa.md` as a bundle index and `name.fa.md` as the slug `name`', () => {
    const posts = load({
      'content/posts/bundle/index.fa.md': yaml(''),
      'content/posts/single.fa.md': yaml(''),
      'content/posts/next.js.md': yaml(''),
    });
    expect(posts.map((post) => [post.slug, post.sourcePath]).sort()).toEqual([
      ['bundle', 'content/posts/bundle/index.fa.md'],
      ['nextjs', 'content/posts/next.js.md'],
      ['single', 'content/posts/single.fa.md'],
    ]);
    expect(posts.find((post) => post.slug === 'bundle')!.imageContext.bundleDir).toMatch(/bundle$/);
  });

  it('reports an article in another language with the file, the reason and the fix', () => {
    const problems = problemsOf({ 'content/posts/a/index.fa.md': yaml(''), 'content/posts/a/index.en.md': yaml(''), 'content/posts/b.de.md': yaml('') });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/posts/a/index.en.md', reason: expect.stringContaining('English (`en`) version'), fix: expect.stringContaining('move it out of content/posts/') }),
      expect.objectContaining({ file: 'content/posts/b.de.md', reason: expect.stringContaining('German (`de`) version') }),
    ]);
  });

  it('ignores Hugo section files `_index.md` and `_index.fa.md`', () => {
    expect(load({ 'content/posts/_index.fa.md': '---\ntitle: x\n---\n', 'content/posts/a.md': yaml('') }).map((post) => post.slug)).toEqual(['a']);
  });

  it('reports a bundle with both `index.md` and `index.fa.md`', () => {
    expect(problemsOf({ 'content/posts/a/index.md': yaml(''), 'content/posts/a/index.fa.md': yaml('') })[0]).toMatchObject({
      file: 'content/posts/a/',
      reason: 'has both index.fa.md and index.md',
    });
  });
});

describe('Hugo front matter', () => {
  it('reads TOML front matter between `+++` lines, dates as written on Iran’s clock', () => {
    const [post] = load({
      'content/posts/a.md': '+++\ntitle = "عنوان تامل"\ndate = 2024-01-30T10:00:00\ntags = ["الف", "ب"]\nShowToc = true\n\n[cover]\nimage = "/img/c.svg"\n+++\nمتن.\n',
      'public/img/c.svg': svg(20, 10),
    });
    expect(post).toMatchObject({ title: 'عنوان تامل', tags: ['الف', 'ب'], bodyStartLine: 10, cover: { src: '/img/c.svg' } });
    expect(post!.date.toISOString()).toBe('2024-01-30T06:30:00.000Z');
  });

  it('reports invalid TOML at its line', () => {
    expect(problemsOf({ 'content/posts/a.md': '+++\ntitle = "x"\ndate = \n+++\n' })[0]).toMatchObject({ file: 'content/posts/a.md', line: 3, reason: expect.stringContaining('not valid TOML') });
  });

  it('treats empty values as absent (`description:`, `""`, `[]`, an empty cover)', () => {
    const [post] = load({ 'content/posts/a.md': yaml('description:\nsummary: ""\ntags: []\ncategories: [""]\ncover:\n  image: ""\n  alt: ""', 'پاراگراف اول.\n') });
    expect(post).toMatchObject({ description: 'پاراگراف اول.', tags: [], categories: [], cover: undefined });
  });

  it('accepts PaperMod and Hugo keys quietly, and reads author, categories and summary', () => {
    const [post] = load({ 'content/posts/a.md': yaml('ShowToc: true\nTocOpen: false\nweight: 3\nmath: true\nhidemeta: false\ncomments: true\nsummary: خلاصه\nauthor: [سارا]\ncategories: شبکه') });
    expect(post).toMatchObject({ description: 'خلاصه', authors: ['سارا'], categories: ['شبکه'] });
  });

  it('takes the description from above `<!--more-->` when there is none', () => {
    const [post] = load({ 'content/posts/a.md': yaml('', 'بند **اول**.\n\nبند دوم {{< edit >}}.\n\n<!--more-->\n\nادامه.\n') });
    expect(post!.description).toBe('بند اول. بند دوم .');
  });

  it('takes the description from the first paragraph without shortcodes when there is no `<!--more-->`', () => {
    const body = '{{< figure src="a.png" alt="x" >}}\n\n{{< highlight go >}}\nfmt.Println()\n{{< /highlight >}}\n\nمتن {{< mark >}}اول{{< /mark >}}.\n';
    const [post] = load({ 'content/posts/a.md': yaml('', body) });
    expect(post!.description).toBe('متن اول.');
  });

  it('turns `aliases` and `url` into old addresses of the article', () => {
    const [post] = load({ 'content/posts/a.md': yaml('aliases:\n- /fa/old/a\n- old-name\n- /%D8%A7%D9%84%D9%81/\nurl: /fa/a.html') });
    expect(post!.aliases).toEqual(['/fa/old/a/', '/posts/old-name/', '/الف/', '/fa/a.html']);
  });

  it('reports an alias on another site and two articles claiming one address', () => {
    expect(problemsOf({ 'content/posts/a.md': yaml('aliases: ["https://old.example/a/"]') })[0]).toMatchObject({ field: 'aliases', line: 4, reason: expect.stringContaining('another site') });
    expect(problemsOf({ 'content/posts/a.md': yaml('aliases: [/old/]'), 'content/posts/b.md': yaml('aliases: [/old/]') })[0]).toMatchObject({
      file: 'content/posts/b.md',
      reason: 'old address «/old/» is already an old address of content/posts/a.md',
    });
  });

  it('reports an alias that would take over one of the site’s own routes; an old slug of no article stays allowed', () => {
    const problems = problemsOf({ 'content/posts/a.md': yaml('aliases: [/tags/, /page/2/, /feed.xml, /posts/renamed/]'), 'content/posts/b.md': yaml('aliases: [/posts/a/]') });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/posts/a.md', field: 'aliases', reason: expect.stringContaining('«/tags/» is one of the site'), fix: expect.stringContaining('remove it') }),
      expect.objectContaining({ file: 'content/posts/a.md', field: 'aliases', reason: expect.stringContaining('«/page/2/»') }),
      expect.objectContaining({ file: 'content/posts/a.md', field: 'aliases', reason: expect.stringContaining('«/feed.xml»') }),
      expect.objectContaining({ file: 'content/posts/b.md', field: 'aliases', reason: expect.stringContaining('the address of content/posts/a.md') }),
    ]);
  });
});

describe('Hugo heading attributes', () => {
  it('in .md, `{#id}` becomes the heading id and TOC id, without braces in the text', slow, async () => {
    const { html: markup, toc } = await html('a.md', '## منابع {#references}\n\n### بخش {#part .wide}\n\n## منابع\n');
    expect(markup).toContain('<h2 id="references">منابع</h2>');
    expect(markup).toContain('<h3 id="part" class="wide">بخش</h3>');
    expect(toc).toEqual([
      { depth: 2, id: 'references', text: 'منابع' },
      { depth: 3, id: 'part', text: 'بخش' },
      { depth: 2, id: 'منابع', text: 'منابع' },
    ]);
  });

  it('reports an explicit id that an earlier heading or the page already has, at its file line', slow, async () => {
    const [post] = load({ 'content/posts/a.md': yaml('', '## منابع\n\n## دیگر {#منابع}\n\n## اصلی {#content}\n\n[^1]\n\n[^1]: پانویس.\n') });
    const error = await rejectedContentError(compileArticle(post!, components));
    expect(error.problems).toEqual([
      expect.objectContaining({ file: 'content/posts/a.md', line: 7, reason: expect.stringContaining('«منابع» is already the id of an earlier heading'), fix: expect.stringContaining('choose another id') }),
      expect.objectContaining({ file: 'content/posts/a.md', line: 9, reason: expect.stringContaining('«content» is already used by the page'), fix: expect.stringContaining('choose another id') }),
    ]);
  });

  it('in .mdx, `{#id}` is an error at its file line with the fix', slow, async () => {
    const [post] = load({ 'content/posts/a.mdx': yaml('', '\nمتن\n\n## منابع {#references}\n') });
    const error = await rejectedContentError(compileArticle(post!, components));
    expect(error.problems).toEqual([
      expect.objectContaining({ file: 'content/posts/a.mdx', line: 8, reason: expect.stringContaining('«{#references}» does not work in .mdx'), fix: expect.stringContaining('rename the file to .md') }),
    ]);
  });
});

describe('Hugo shortcodes', () => {
  const bundle = { 'content/posts/b/d.svg': svg(40, 20) };

  for (const format of ['md', 'mdx'] as const) {
    it(`renders figure, highlight, details, alert and embeds in .${format}`, slow, async () => {
      const body = [
        '{{< figure src="d.svg" alt="نمودار" caption="زیرنویس" >}}',
        '',
        '{{< highlight go "linenos=table,hl_lines=2" >}}',
        'func main() {',
        '\tprintln("x")',
        '}',
        '{{< /highlight >}}',
        '',
        '{{< details summary="بیشتر" >}}',
        'متن **پنهان**',
        '{{< /details >}}',
        '',
        '{{< alert "warning" >}}',
        'هشدار',
        '{{< /alert >}}',
        '',
        '{{< youtube abc123 >}}',
        '',
        'پیوند {{< gist ali 42 >}} در متن.',
        '',
      ].join('\n');
      const { html: markup, warnings } = await html(`b/index.${format}`, body, bundle);
      expect(markup).toContain('<figure data-src="/posts/b/d.svg" data-alt="نمودار">زیرنویس</figure>');
      expect(markup).toMatch(/<pre[^>]*data-language="go"[^>]*><code data-line-numbers=""/);
      expect(markup).toMatch(/<span data-line="" data-highlighted-line=""><span[^>]*>\s*println/);
      expect(markup).toContain('<details><summary>بیشتر</summary><p>متن <strong>پنهان</strong></p></details>');
      expect(markup).toContain('<aside data-type="warning"><p>هشدار</p></aside>');
      expect(markup).toContain('<p class="embed-link"><a href="https://www.youtube.com/watch?v=abc123">ویدیو در یوتیوب</a></p>');
      expect(markup).toContain('پیوند <a href="https://gist.github.com/ali/42">کد در گیت‌هاب گیست: ali/42</a> در متن.');
      expect(markup).not.toMatch(/\{\{|\}\}|\uE000/);
      expect(warnings).toEqual([]);
    });
  }

  it('keeps a box whose tags share their lines with its text, and points later problems at their own lines', slow, async () => {
    const body = [
      'پیش از جعبه.',
      '',
      '{{< alert "warning" >}}',
      'متن **اول** با `code`.{{< /alert >}}',
      '',
      '{{< alert "warning" >}}متن دوم.',
      '',
      'بند سوم.{{< /alert >}}',
      '',
      'قبل {{< edit >}} بعد',
      '',
    ].join('\n');
    const { html: markup, warnings } = await html('a.md', body);
    const boxes = [...markup.matchAll(/<aside data-type="warning">([\s\S]*?)<\/aside>/g)].map((match) => match[1]);
    expect(boxes).toEqual(['<p>متن <strong>اول</strong> با <span class="whitespace-nowrap"><code>code</code>.</span></p>', '<p>متن دوم.</p><p>بند سوم.</p>']);
    expect(markup).toContain('<p>پیش از جعبه.</p>');
    // The front matter takes four lines: the body's tenth line is the file's fourteenth.
    expect(warnings).toEqual([expect.objectContaining({ line: 14, column: 5, reason: expect.stringContaining('{{< edit >}}') })]);
  });

  it('shows the inner Markdown of an unknown paired shortcode, omits a self-closing one, and warns at file:line', slow, async () => {
    const { html: markup, warnings } = await html('a.mdx', '\n{{% notice tip %}}\nمتن **مهم**\n{{% /notice %}}\n\nقبل {{< edit >}} بعد\n');
    expect(markup).toBe('<p>متن <strong>مهم</strong></p>\n<p>قبل  بعد</p>');
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'content/posts/a.mdx', line: 6, column: 1, severity: 'warning', reason: expect.stringContaining('«{{% notice tip %}}…{{% /notice %}}» is not known here') }),
      expect.objectContaining({ file: 'content/posts/a.mdx', line: 10, column: 5, severity: 'warning', reason: expect.stringContaining('«{{< edit >}}» is not known here and is left out'), fix: expect.stringContaining('hugoShortcodes') }),
    ]);
  });

  it('keeps escaped shortcodes and shortcodes in code as text', slow, async () => {
    const { html: markup } = await html('a.mdx', 'بنویسید {{</* figure src="x" */>}} و `{{< ref "a" >}}`\n\n```md\n{{< figure src="y" >}}\n```\n');
    expect(markup).toContain('بنویسید {{&lt; figure src=&quot;x&quot; &gt;}} و <code>{{&lt; ref &quot;a&quot; &gt;}}</code>');
    expect(markup).toContain('{{&lt; figure src=&quot;y&quot; &gt;}}');
  });

  it('resolves ref/relref to the article’s URL, with its anchor', slow, async () => {
    const { html: markup } = await html('a.fa.md', '[ب]({{< ref "b.fa.md" >}}) و [ج]({{< relref "/posts/c/index.fa.md#part" >}})\n', {
      'content/posts/b.fa.md': yaml(''),
      'content/posts/c/index.fa.md': yaml(''),
    });
    expect(markup).toBe('<p><a href="/posts/b/">ب</a> و <a href="/posts/c/#part">ج</a></p>');
    const mdx = await html('d.mdx', '[ب]({{< ref "b" >}}) {{< relref "c" >}}\n', { 'content/posts/b.fa.md': yaml(''), 'content/posts/c/index.fa.md': yaml('') });
    expect(mdx.html).toBe('<p><a href="/posts/b/">ب</a> /posts/c/</p>');
  });

  it('reports a ref to an article that does not exist, at its line', () => {
    expect(problemsOf({ 'content/posts/a.md': yaml('', '\n[x]({{< ref "missing.md" >}})\n') })).toEqual([
      expect.objectContaining({ file: 'content/posts/a.md', line: 6, column: 5, reason: expect.stringContaining('«missing.md», which is not an article') }),
    ]);
  });

  it('leaves a ref in inline code as written: it is an example, not a link to resolve', slow, async () => {
    expect(load({ 'content/posts/a.md': yaml('', 'بنویسید `{{< ref "missing.md" >}}` یا ``{{< relref "gone" >}}``.\n') })).toHaveLength(1);
    const { html: markup } = await html('a.md', 'بنویسید `{{< ref "missing.md" >}}` و `{{< figure src="x.png" >}}`.\n');
    expect(markup).toBe(
      '<p>بنویسید <code>{{&lt; ref &quot;missing.md&quot; &gt;}}</code> و <span class="whitespace-nowrap"><code>{{&lt; figure src=&quot;x.png&quot; &gt;}}</code>.</span></p>',
    );
    // Hugo's escaped form in a code span prints unescaped, without MDX's backslashes.
    const mdx = await html('b.mdx', 'مثال: `{{</* ref "missing.md" */>}}`\n');
    expect(mdx.html).toBe('<p>مثال: <code>{{&lt; ref &quot;missing.md&quot; &gt;}}</code></p>');
  });

  it('keeps problem lines right after shortcode lines (positions are mapped back)', slow, async () => {
    const [post] = load({ 'content/posts/a.md': yaml('', '{{< details summary="x" >}}\nمتن\n{{< /details >}}\n\n![تصویر](gone.png)\n') });
    const error = await rejectedContentError(compileArticle(post!, components));
    expect(error.problems).toEqual([expect.objectContaining({ line: 9, reason: expect.stringContaining('«gone.png» does not exist') })]);
  });
});

describe('npm run check (collectContentProblems)', () => {
  it('reports front matter and body problems, and warnings, of every article in one run', slow, async () => {
    const root = makeRoot({
      'content/posts/a.md': '---\ntitle: الف\ndate: 2024-13-45\n---\n\n![x](gone.png)\n',
      'content/posts/b.md': yaml('', '{{< edit >}}\n'),
      'content/posts/c.md': yaml('cover:\n  image: /img/x.webp'),
    });
    const { problems } = await collectContentProblems(root, components);
    expect(problems.map((problem) => [problem.file, problem.line, problem.severity ?? 'error'])).toEqual([
      ['content/posts/a.md', 3, 'error'],
      ['content/posts/a.md', 6, 'error'],
      ['content/posts/b.md', 5, 'warning'],
      ['content/posts/c.md', 5, 'error'],
    ]);
    expect(problems[3]!.fix).toContain("copy Hugo's `static/` folder into `public/`");
  });
});

describe('links between articles', () => {
  it('accept an article’s address or an old address of one, and report one that goes nowhere, at its line', slow, async () => {
    const root = makeRoot({
      'content/posts/a.md': yaml('aliases: [/fa/old-b/]'),
      'content/posts/b.fa.md': yaml('', '[الف](/posts/a/) و [قدیمی](/fa/old-b/) و [ج](/posts/%D8%AC/)\n\n```md\n[x](/posts/nowhere/)\n```\n\n[گم](/posts/c)\n'),
      'content/posts/ج.md': yaml(''),
    });
    const { diagnostics } = await checkContent(root, components);
    expect(diagnostics.filter((d) => d.rule === 'broken-link')).toEqual([
      expect.objectContaining({ file: 'content/posts/b.fa.md', line: 11, column: 1, severity: 'error', message: expect.stringContaining('/posts/c') }),
    ]);
  });
});
