import { statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectPosts, contentPaths, loadAllPosts, readAllPosts, type Post } from './loader';
import { ContentError } from './problems';
import { article, contentErrorOf, makeRoot, png, removeRoots, svg, writeFiles } from './test-fixtures';

afterAll(removeRoots);

const ZWNJ = '\u200C';

function load(files: Record<string, string | Uint8Array>): Post[] {
  return readAllPosts(contentPaths(makeRoot(files)));
}

function only(files: Record<string, string | Uint8Array>): Post {
  const posts = load(files);
  expect(posts).toHaveLength(1);
  return posts[0]!;
}

function problemsOf(files: Record<string, string | Uint8Array>) {
  return contentErrorOf(() => load(files)).problems;
}

const basic = article('title: عنوان\ndate: 2024-01-30');

describe('finding articles', () => {
  it('reads a single-file article `foo.md` as format md, slug from the file name', () => {
    const root = makeRoot({ 'content/posts/foo.md': basic });
    const [post] = readAllPosts(contentPaths(root));
    expect(post).toMatchObject({
      slug: 'foo',
      format: 'md',
      sourcePath: 'content/posts/foo.md',
      title: 'عنوان',
      body: 'متن مقاله.\n',
    });
    expect(post!.imageContext).toEqual({
      slug: 'foo',
      articleDir: path.join(root, 'content/posts'),
      bundleDir: undefined,
      postsDir: path.join(root, 'content/posts'),
      contentDir: path.join(root, 'content'),
      publicDir: path.join(root, 'public'),
    });
  });

  it('reads a single-file `.mdx` article as format mdx', () => {
    expect(only({ 'content/posts/bar.mdx': basic })).toMatchObject({ slug: 'bar', format: 'mdx', sourcePath: 'content/posts/bar.mdx' });
  });

  it('reads a page bundle `foo/index.md` (md) and `baz/index.mdx` (mdx), slug from the folder', () => {
    const root = makeRoot({
      'content/posts/foo/index.md': article('title: الف\ndate: 2024-01-02'),
      'content/posts/baz/index.mdx': article('title: ب\ndate: 2024-01-01'),
    });
    const posts = readAllPosts(contentPaths(root));
    expect(posts.map((post) => [post.slug, post.format, post.sourcePath])).toEqual([
      ['foo', 'md', 'content/posts/foo/index.md'],
      ['baz', 'mdx', 'content/posts/baz/index.mdx'],
    ]);
    expect(posts[0]!.imageContext.bundleDir).toBe(path.join(root, 'content/posts/foo'));
    expect(posts[0]!.imageContext.articleDir).toBe(path.join(root, 'content/posts/foo'));
    expect(posts[1]!.imageContext.bundleDir).toBe(path.join(root, 'content/posts/baz'));
  });

  it('ignores dotfiles, Hugo `_index.md` section files and non-Markdown files', () => {
    const posts = load({
      'content/posts/real.md': basic,
      'content/posts/_index.md': 'not an article',
      'content/posts/.draft.md': 'not an article',
      'content/posts/.hidden/index.md': 'not an article',
      'content/posts/notes.txt': 'not an article',
      'content/posts/picture.png': 'not an article',
    });
    expect(posts.map((post) => post.slug)).toEqual(['real']);
  });

  it('turns a Persian folder name into an NFC Persian slug', () => {
    // «آموزش» written decomposed (ا + U+0653), as some file systems and editors store it.
    const decomposed = '\u0627\u0653موزش-پایتون';
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const post = only({ [`content/posts/${decomposed}/index.md`]: basic });
    expect(post.slug).toBe('\u0622موزش-پایتون');
    expect(post.slug).toBe(post.slug.normalize('NFC'));
    expect(post.imageContext.slug).toBe(post.slug);
  });

  it('turns the ZWNJ of a folder name into `-` (never drops it)', () => {
    const post = only({ [`content/posts/روش${ZWNJ}ها-و-ابزار/index.md`]: basic });
    expect(post.slug).toBe('روش-ها-و-ابزار');
    expect(post.sourcePath).toBe(`content/posts/روش${ZWNJ}ها-و-ابزار/index.md`);
  });

  it('uses a front matter `slug:` instead of the file name, slugified', () => {
    const post = only({ 'content/posts/2024-01-old-name/index.md': article('title: t\ndate: 2024-01-30\nslug: راهنمای نصب Node.js') });
    expect(post.slug).toBe('راهنمای-نصب-nodejs');
  });

  it('sorts newest first, then by title for the same date', () => {
    const posts = load({
      'content/posts/a.md': article('title: قدیمی\ndate: 2023-05-01'),
      'content/posts/b.md': article('title: تازه\ndate: 2024-06-01'),
      'content/posts/c.md': article('title: ب میانی\ndate: 2024-01-01'),
      'content/posts/d.md': article('title: الف میانی\ndate: 2024-01-01'),
    });
    expect(posts.map((post) => post.slug)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('reports a missing content/posts/ folder', () => {
    const root = makeRoot();
    const error = contentErrorOf(() => readAllPosts(contentPaths(path.join(root, 'nowhere'))));
    expect(error.problems).toEqual([
      { file: 'content/posts', reason: 'folder is missing', fix: 'create content/posts/ and put articles in it' },
    ]);
  });

  it('returns no posts for an empty content/posts/', () => {
    expect(load({})).toEqual([]);
  });
});

describe('reading files as authors save them', () => {
  const lf = '---\ntitle: سلام دنیا\ndate: 2024-01-30\ntags: [الف]\n---\n\nپاراگراف اول با نیم\u200Cفاصله.\n\n## بخش\n\nپاراگراف دوم.\n';

  it.each([
    ['UTF-8 BOM', '\uFEFF' + lf],
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['BOM + CRLF', '\uFEFF' + lf.replace(/\n/g, '\r\n')],
    ['old Mac CR', lf.replace(/\n/g, '\r')],
  ])('parses a %s file exactly like the LF file', (_name, text) => {
    const reference = only({ 'content/posts/x/index.md': lf });
    const post = only({ 'content/posts/x/index.md': text });
    expect(post.title).toBe('سلام دنیا');
    expect(post.body).toBe('\nپاراگراف اول با نیم\u200Cفاصله.\n\n## بخش\n\nپاراگراف دوم.\n');
    expect(post.body).not.toContain('\r');
    expect(post.bodyStartLine).toBe(6);
    expect({ ...post, imageContext: undefined }).toEqual({ ...reference, imageContext: undefined });
  });

  it('gives bodyStartLine as the file line right after the closing `---`', () => {
    expect(only({ 'content/posts/a.md': '---\ntitle: t\ndate: 2024-01-30\n---\nخط اول متن\n' })).toMatchObject({
      bodyStartLine: 5,
      body: 'خط اول متن\n',
    });
    expect(
      only({ 'content/posts/b.md': '---\ntitle: t\ndate: 2024-01-30\ntags:\n  - الف\n  - ب\n---\n\n\nمتن\n' }),
    ).toMatchObject({ bodyStartLine: 8, body: '\n\nمتن\n' });
    expect(only({ 'content/posts/c.md': '---\ntitle: t\ndate: 2024-01-30\n---\n' })).toMatchObject({ bodyStartLine: 5, body: '' });
  });
});

describe('front matter fields', () => {
  it('takes the description from `description`', () => {
    expect(only({ 'content/posts/a.md': article('title: t\ndate: 2024-01-30\ndescription: خلاصهٔ نویسنده', 'پاراگراف.') }).description).toBe(
      'خلاصهٔ نویسنده',
    );
  });

  it('takes the description from PaperMod `summary`; `description` wins when both are given', () => {
    expect(only({ 'content/posts/a.md': article('title: t\ndate: 2024-01-30\nsummary: از summary', 'پاراگراف.') }).description).toBe(
      'از summary',
    );
    expect(
      only({ 'content/posts/a.md': article('title: t\ndate: 2024-01-30\nsummary: از summary\ndescription: از description', 'پ.') })
        .description,
    ).toBe('از description');
  });

  it('falls back to the first paragraph, skipping a leading image line and stripping markup', () => {
    const body = '![جلد](cover.png)\n\nاولین پاراگراف **مهم** با [پیوند](https://example.com) و `کد`.\n\nپاراگراف دوم.\n';
    expect(only({ 'content/posts/a.md': article('title: t\ndate: 2024-01-30', body) }).description).toBe(
      'اولین پاراگراف مهم با پیوند و کد.',
    );
    expect(only({ 'content/posts/b.md': article('title: t\ndate: 2024-01-30', '') }).description).toBe('');
  });

  it('turns a single tag or category into a list and drops repeats', () => {
    const post = only({ 'content/posts/a.md': article(`title: t\ndate: 2024-01-30\ntags: پایتون\ncategories: برنامه${ZWNJ}نویسی`) });
    expect(post.tags).toEqual(['پایتون']);
    expect(post.categories).toEqual([`برنامه${ZWNJ}نویسی`]);
    const list = only({ 'content/posts/b.md': article('title: t\ndate: 2024-01-30\ntags: [الف, ب, الف]\ncategories:\n  - ج\n  - د') });
    expect(list.tags).toEqual(['الف', 'ب']);
    expect(list.categories).toEqual(['ج', 'د']);
    const none = only({ 'content/posts/c.md': basic });
    expect([none.tags, none.categories, none.authors, none.series]).toEqual([[], [], [], undefined]);
  });

  it('merges `authors` and `author` (Hugo and PaperMod spellings) without repeats', () => {
    const post = only({ 'content/posts/a.md': article('title: t\ndate: 2024-01-30\nauthor: علی\nauthors: [مریم, علی]') });
    expect(post.authors).toEqual(['مریم', 'علی']);
    expect(only({ 'content/posts/b.md': article('title: t\ndate: 2024-01-30\nauthor: [سارا]') }).authors).toEqual(['سارا']);
  });

  it('takes the first item of a `series` list (one series per article)', () => {
    expect(only({ 'content/posts/a.md': article('title: t\ndate: 2024-01-30\nseries: [آموزش گو, دیگر]') }).series).toBe('آموزش گو');
    expect(only({ 'content/posts/b.md': article('title: t\ndate: 2024-01-30\nseries: آموزش راست') }).series).toBe('آموزش راست');
  });

  it('reads keys case-insensitively (`lastMod`, `Title`, `Draft`)', () => {
    const post = only({ 'content/posts/a.md': article('Title: عنوان\nDate: 2024-01-30\nlastMod: 2024-02-15\nDraft: true\nTAGS: x') });
    expect(post).toMatchObject({ title: 'عنوان', draft: true, tags: ['x'] });
    expect(post.date.toISOString()).toBe('2024-01-30T00:00:00.000Z');
    expect(post.lastmod?.toISOString()).toBe('2024-02-15T00:00:00.000Z');
  });

  it('reads `draft` (false when absent)', () => {
    expect(only({ 'content/posts/a.md': article('title: t\ndate: 2024-01-30\ndraft: true') }).draft).toBe(true);
    expect(only({ 'content/posts/b.md': article('title: t\ndate: 2024-01-30\ndraft: false') }).draft).toBe(false);
    expect(only({ 'content/posts/c.md': basic }).draft).toBe(false);
    expect(only({ 'content/posts/d.md': basic }).lastmod).toBeUndefined();
  });

  it('reads dates with a time and zone, and quoted dates', () => {
    expect(only({ 'content/posts/a.md': article('title: t\ndate: 2024-01-30T10:30:00+03:30') }).date.toISOString()).toBe(
      '2024-01-30T07:00:00.000Z',
    );
    expect(only({ 'content/posts/b.md': article('title: t\ndate: "2024-01-30"') }).date.toISOString()).toBe('2024-01-30T00:00:00.000Z');
    expect(only({ 'content/posts/c.md': article('title: t\ndate: 2024-02-29') }).date.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('ignores other Hugo/PaperMod keys that are not typos of known ones', () => {
    const post = only({ 'content/posts/a.md': article('title: t\ndate: 2024-01-30\nShowToc: true\nweight: 3\naliases: [/old/]\nhidemeta: false') });
    expect(post.title).toBe('t');
  });

  it('resolves the cover beside the article and measures it; alt defaults to the title', async () => {
    const post = only({
      'content/posts/my-post/index.md': article('title: عنوان\ndate: 2024-01-30\ncover:\n  image: cover.png'),
      'content/posts/my-post/cover.png': await png(4, 3),
    });
    expect(post.cover).toEqual({
      src: '/posts/my-post/cover.png',
      width: 4,
      height: 3,
      file: expect.stringMatching(/content\/posts\/my-post\/cover\.png$/),
      alt: 'عنوان',
      caption: undefined,
      hidden: false,
    });
  });

  it('reads the cover alt, caption and hidden, and PaperMod `<slug>/cover` paths', () => {
    const post = only({
      'content/posts/my-post/index.md': article(
        'title: عنوان\ndate: 2024-01-30\ncover:\n  image: my-post/cover.svg\n  alt: متن جایگزین\n  caption: زیرنویس\n  hidden: true',
      ),
      'content/posts/my-post/cover.svg': svg(120, 60),
    });
    expect(post.cover).toMatchObject({ src: '/posts/my-post/cover.svg', width: 120, height: 60, alt: 'متن جایگزین', caption: 'زیرنویس', hidden: true });
  });
});

describe('problems in articles', () => {
  const file = 'content/posts/x/index.md';
  const at = (text: string | Uint8Array) => problemsOf({ [file]: text });

  it('reports a missing title at line 1', () => {
    expect(at(article('date: 2024-01-30'))).toEqual([
      { file, line: 1, field: 'title', reason: 'is required but missing', fix: 'add a line such as `title: عنوان مقاله` to the front matter' },
    ]);
  });

  it('reports an empty title at its line', () => {
    expect(at(article('title: "  "\ndate: 2024-01-30'))).toEqual([
      { file, line: 2, column: 1, field: 'title', reason: 'must not be empty', fix: expect.stringContaining('title:') },
    ]);
  });

  it('reports a missing date', () => {
    expect(at(article('title: t'))).toEqual([
      { file, line: 1, field: 'date', reason: 'is required but missing', fix: 'write the publication date as `date: 2024-01-30` (Gregorian, YYYY-MM-DD)' },
    ]);
  });

  it.each([
    ['2024-13-45', '«2024-13-45» is not a valid date'],
    ['2024-02-30', '«2024-02-30» is not a valid date'],
    ['2023-02-29', '«2023-02-29» is not a valid date'],
    ['"2024-02-30"', '«2024-02-30» is not a valid date'],
    ['"2024-13-45"', '«2024-13-45» is not a valid date'],
    ['دیروز', '«دیروز» is not a valid date'],
    ['20240130', 'must be a date written as YYYY-MM-DD'],
  ])('reports the impossible date `date: %s` at the line of `date:` (never rolled over to another day)', (value, reason) => {
    expect(at(article(`title: t\ndate: ${value}`))).toEqual([
      { file, line: 3, column: 1, field: 'date', reason, fix: 'write the publication date as `date: 2024-01-30` (Gregorian, YYYY-MM-DD)' },
    ]);
  });

  it('reports an impossible `lastmod` too, and reads the date before a YAML comment', () => {
    expect(at(article('title: t\ndate: 2024-01-30 # published\nlastMod: 2024-04-31 # updated'))).toEqual([
      { file, line: 4, column: 1, field: 'lastmod', reason: '«2024-04-31» is not a valid date', fix: expect.stringContaining('lastmod:') },
    ]);
    expect(only({ 'content/posts/ok.md': article('title: t\ndate: 2024-01-30 # published') }).date.toISOString()).toBe(
      '2024-01-30T00:00:00.000Z',
    );
  });

  it('reports a Jalali-looking date (1402-11-10) instead of dating the article 600 years back', () => {
    expect(at(article('title: t\ndate: 1402-11-10'))).toEqual([
      {
        file,
        line: 3,
        column: 1,
        field: 'date',
        reason: 'year 1402 looks like a Jalali (Solar Hijri) date; dates are Gregorian',
        fix: expect.stringContaining('Gregorian'),
      },
    ]);
    expect(at(article('title: t\ndate: 2024-01-30\nlastmod: 1402/11/10'))).toEqual([
      { file, line: 4, column: 1, field: 'lastmod', reason: 'year 1402 looks like a Jalali (Solar Hijri) date; dates are Gregorian', fix: expect.stringContaining('lastmod:') },
    ]);
  });

  it('reports bad YAML indentation at the YAML line and column', () => {
    expect(at('---\ntitle: t\n  date: 2024-01-30\n---\nمتن\n')).toEqual([
      {
        file,
        line: 3,
        column: 7,
        reason: 'front matter is not valid YAML: bad indentation of a mapping entry',
        fix: expect.stringContaining('indentation'),
      },
    ]);
    expect(at('---\ntitle: t\ndate: 2024-01-30\ntags:\n  - الف\n - ب\n---\nمتن\n')).toEqual([
      { file, line: 6, column: 2, reason: 'front matter is not valid YAML: bad indentation of a mapping entry', fix: expect.any(String) },
    ]);
  });

  it('reports a value that is not valid YAML at its line and column', () => {
    expect(at('---\ntitle: a: b\ndate: 2024-01-30\n---\nمتن\n')).toEqual([
      { file, line: 2, column: 9, reason: expect.stringMatching(/^front matter is not valid YAML: bad indentation of a mapping entry/), fix: expect.any(String) },
    ]);
    expect(at('---\ntitle: t\ndate: 2024-01-30\ntags: @پایتون\n---\nمتن\n')).toEqual([
      { file, line: 4, column: 7, reason: expect.stringMatching(/^front matter is not valid YAML: /), fix: expect.any(String) },
    ]);
    expect(at('---\ntitle: t\ndate: 2024-01-30\ntitle: u\n---\nمتن\n')).toEqual([
      { file, line: 4, column: 1, reason: 'front matter is not valid YAML: duplicated mapping key', fix: expect.any(String) },
    ]);
  });

  it('reports an unclosed quote inside the front matter, where YAML gives up (the closing `---`)', () => {
    expect(at('---\ntitle: "سلام\ndate: 2024-01-30\n---\nمتن\n')).toEqual([
      {
        file,
        line: 4,
        column: 1,
        reason: 'front matter is not valid YAML: unexpected end of the stream within a double quoted scalar',
        fix: expect.any(String),
      },
    ]);
  });

  it('reports a file with no front matter', () => {
    const expected = [{ file, line: 1, reason: 'has no front matter', fix: expect.stringContaining('`---`') }];
    expect(at('# عنوان\n\nفقط متن.\n')).toEqual(expected);
    // Front matter must be the very first line.
    expect(at('\n' + basic)).toEqual(expected);
  });

  it('warns about a typo of a field (`titel`, `tag`) with the field it means, besides the missing title', () => {
    expect(at(article('titel: t\ndate: 2024-01-30\ntag: پایتون'))).toEqual([
      { file, line: 2, column: 1, severity: 'warning', reason: '`titel` is not a front matter field this site reads; did you mean `title`? (its value is not used)', fix: 'rename it to `title`, or remove it' },
      { file, line: 4, column: 1, severity: 'warning', reason: '`tag` is not a front matter field this site reads; did you mean `tags`? (its value is not used)', fix: 'rename it to `tags`, or remove it' },
      { file, line: 1, field: 'title', reason: 'is required but missing', fix: expect.any(String) },
    ]);
  });

  it('an unknown key is a warning that does not stop the build, in YAML and TOML front matter; Hugo, PaperMod and Stack keys are quiet', () => {
    const yamlText = article('title: t\ndate: 2024-01-30\ndescriptoin: خلاصه\nShowToc: true\nlicense: MIT\nmermaid: true\nhidden: false\nlinks: []');
    const tomlText = '+++\ntitle = "t"\ndate = 2024-01-30\ndescriptoin = "خلاصه"\nmermaid = true\n+++\nمتن\n';
    for (const text of [yamlText, tomlText]) {
      const { posts, problems } = collectPosts(contentPaths(makeRoot({ [file]: text })));
      expect(posts).toHaveLength(1);
      expect(problems).toEqual([
        { file, line: 4, column: 1, severity: 'warning', reason: expect.stringContaining('`descriptoin` is not a front matter field this site reads; did you mean `description`?'), fix: expect.any(String) },
      ]);
    }
  });

  it('reports a wrong type (`draft: "yes"`)', () => {
    expect(at(article('title: t\ndate: 2024-01-30\ndraft: "yes"'))).toEqual([
      { file, line: 4, column: 1, field: 'draft', reason: 'must be true or false', fix: 'write `draft: true` or `draft: false`' },
    ]);
  });

  it('reports a cover that is a file name instead of a block', () => {
    expect(at(article('title: t\ndate: 2024-01-30\ncover: c.png'))).toEqual([
      { file, line: 4, column: 1, field: 'cover', reason: expect.stringContaining('expected object'), fix: expect.stringContaining('image: cover.jpg') },
    ]);
  });

  it('reports a cover image that does not exist at the line of `image:` under `cover:`', () => {
    expect(at(article('title: t\ndate: 2024-01-30\ncover:\n  alt: جلد\n  image: nope.png'))).toEqual([
      {
        file,
        line: 6,
        column: 3,
        field: 'cover.image',
        reason: 'image «nope.png» does not exist (looked for content/posts/x/nope.png and content/posts/nope.png)',
        fix: expect.stringContaining('file name'),
      },
    ]);
  });

  it('rejects a cover loaded from another site', () => {
    expect(at(article('title: t\ndate: 2024-01-30\ncover:\n  image: https://example.com/c.png'))).toEqual([
      {
        file,
        line: 5,
        column: 3,
        field: 'cover.image',
        reason: expect.stringMatching(/^image «https:\/\/example\.com\/c\.png» is loaded from another site/),
        fix: 'save the image beside the article (in its folder) and refer to it by file name',
      },
    ]);
  });

  it('reports two articles with the same slug, naming both files', () => {
    const problems = problemsOf({
      'content/posts/alpha/index.md': article('title: a\ndate: 2024-01-30\nslug: shared'),
      'content/posts/beta.md': article('title: b\ndate: 2024-01-30\nslug: Shared'),
      'content/posts/ok.md': basic,
    });
    expect(problems).toEqual([
      {
        file: 'content/posts/beta.md',
        reason: 'has the same URL slug «shared» as content/posts/alpha/index.md',
        fix: expect.stringContaining('slug:'),
      },
    ]);
  });

  it('reports names that differ only by ZWNJ versus `-` as the same slug', () => {
    const problems = problemsOf({
      [`content/posts/روش${ZWNJ}ها.md`]: basic,
      'content/posts/روش-ها.md': basic,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/^has the same URL slug «روش-ها» as content\/posts\/روش.ها\.md$/);
    expect(new ContentError(problems).message).toContain('روش-ها.md');
  });

  it('reports a name that gives an empty slug', () => {
    expect(problemsOf({ 'content/posts/؟!.md': basic })).toEqual([
      { file: 'content/posts/؟!.md', reason: '«؟!» gives an empty URL slug', fix: expect.stringContaining('slug:') },
    ]);
  });

  it('reports empty and whitespace-only files', () => {
    const expected = { reason: 'is empty', fix: expect.stringContaining('front matter') };
    expect(problemsOf({ 'content/posts/a.md': '', 'content/posts/b/index.md': ' \n\t\r\n' })).toEqual([
      { file: 'content/posts/a.md', ...expected },
      { file: 'content/posts/b/index.md', ...expected },
    ]);
    expect(problemsOf({ 'content/posts/c.md': '\uFEFF' })).toEqual([{ file: 'content/posts/c.md', ...expected }]);
  });

  it('reports binary and non-UTF-8 files', () => {
    expect(at(Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]))).toEqual([
      { file, reason: 'is a binary file, not UTF-8 text', fix: expect.any(String) },
    ]);
    // «سلام» in Windows-1256, as old Persian editors saved it.
    expect(at(Buffer.from([0xd3, 0xe1, 0xc7, 0xe3, 0x0a]))).toEqual([
      { file, reason: 'is not valid UTF-8 text', fix: 'save the file with UTF-8 encoding in your editor' },
    ]);
  });

  it('reports a folder without index.md or index.mdx', () => {
    expect(problemsOf({ 'content/posts/draft-notes/notes.md': basic, 'content/posts/draft-notes/a.png': 'x' })).toEqual([
      {
        file: 'content/posts/draft-notes/',
        reason: 'folder has no index.md or index.mdx, so it is not an article',
        fix: expect.stringContaining('index.md'),
      },
    ]);
  });

  it('reports a folder with both index.md and index.mdx', () => {
    expect(problemsOf({ 'content/posts/twice/index.md': basic, 'content/posts/twice/index.mdx': basic })).toEqual([
      { file: 'content/posts/twice/', reason: 'has both index.md and index.mdx', fix: 'keep one of them' },
    ]);
  });

  it('reports every problem of every broken file together in one ContentError', () => {
    const error = contentErrorOf(() =>
      load({
        'content/posts/a-no-title.md': article('date: 2024-01-30'),
        'content/posts/b-bad-date/index.md': article('title: t\ndate: 2024-13-45'),
        'content/posts/c-empty.md': '',
        'content/posts/d-no-index/readme.txt': 'x',
        'content/posts/e-good.md': basic,
        'content/posts/f-typo.md': article('title: t\ndate: 2024-01-30\ntag: x\ndraft: yes'),
        'content/posts/g-yaml.md': '---\ntitle: t\n  date: 2024-01-30\n---\n',
      }),
    );
    expect(error).toBeInstanceOf(ContentError);
    expect(error.name).toBe('ContentError');
    // Folders that are not articles are found first, then each article's problems in name order.
    expect(error.problems.map((problem) => [problem.file, problem.line, problem.field])).toEqual([
      ['content/posts/d-no-index/', undefined, undefined],
      ['content/posts/a-no-title.md', 1, 'title'],
      ['content/posts/b-bad-date/index.md', 3, 'date'],
      ['content/posts/c-empty.md', undefined, undefined],
      ['content/posts/f-typo.md', 4, undefined],
      ['content/posts/f-typo.md', 5, 'draft'],
      ['content/posts/g-yaml.md', 3, undefined],
    ]);
    expect(error.message.split('\n')[0]).toBe('6 errors and 1 warning in content/:');
  });

  it('counts errors and warnings apart in the first line when both are there', () => {
    const error = new ContentError([
      { file: 'content/posts/a.md', reason: 'broken' },
      { file: 'content/posts/b.md', reason: 'odd', severity: 'warning' },
      { file: 'content/posts/c.md', reason: 'odd', severity: 'warning' },
    ]);
    expect(error.message.split('\n')[0]).toBe('1 error and 2 warnings in content/:');
    expect(new ContentError([{ file: 'content/posts/a.md', reason: 'broken' }]).message.split('\n')[0]).toBe('1 problem in content/:');
  });

  it('formats the message as `file:line:col — front matter `field`: reason`, then the fix', () => {
    const error = contentErrorOf(() => load({ [file]: article('title: t\ndate: 2024-13-45') }));
    expect(error.message).toBe(
      '1 problem in content/:\n' +
        '  content/posts/x/index.md:3:1 — front matter `date`: «2024-13-45» is not a valid date\n' +
        '    fix: write the publication date as `date: 2024-01-30` (Gregorian, YYYY-MM-DD)',
    );
    // A line without a column is shown as column 1; no line means just the file.
    expect(contentErrorOf(() => load({ [file]: article('date: 2024-01-30') })).message).toContain(
      'content/posts/x/index.md:1:1 — front matter `title`: is required but missing',
    );
    expect(contentErrorOf(() => load({ [file]: '' })).message).toContain('  content/posts/x/index.md — is empty\n    fix: ');
  });
});

describe('loadAllPosts memoisation', () => {
  it('returns the very same array while nothing changed', () => {
    const root = makeRoot({ 'content/posts/a/index.md': basic, 'content/posts/b.md': basic });
    const first = loadAllPosts(root);
    expect(first).toHaveLength(2);
    expect(loadAllPosts(root)).toBe(first);
    expect(loadAllPosts(root)[0]).toBe(first[0]);
  });

  it('reads again after a file changes (content and mtime)', () => {
    const root = makeRoot({ 'content/posts/a/index.md': article('title: قبل\ndate: 2024-01-30') });
    const first = loadAllPosts(root);
    const file = path.join(root, 'content/posts/a/index.md');
    writeFileSync(file, article('title: بعد از ویرایش\ndate: 2024-01-30'));
    const later = new Date(statSync(file).mtimeMs + 5_000);
    utimesSync(file, later, later);
    const second = loadAllPosts(root);
    expect(second).not.toBe(first);
    expect(second.map((post) => post.title)).toEqual(['بعد از ویرایش']);
    expect(first.map((post) => post.title)).toEqual(['قبل']);
    expect(loadAllPosts(root)).toBe(second);
  });

  it('notices an added article and an added image in a bundle', () => {
    const root = makeRoot({ 'content/posts/a/index.md': basic });
    const first = loadAllPosts(root);
    writeFiles(root, { 'content/posts/b.md': basic });
    const second = loadAllPosts(root);
    expect(second.map((post) => post.slug).sort()).toEqual(['a', 'b']);
    writeFiles(root, { 'content/posts/a/new.svg': svg(1, 1) });
    expect(loadAllPosts(root)).not.toBe(second);
    expect(first).toHaveLength(1);
  });

  it('keeps separate results per root', () => {
    const one = makeRoot({ 'content/posts/one.md': basic });
    const two = makeRoot({ 'content/posts/two.md': basic });
    expect(loadAllPosts(one).map((post) => post.slug)).toEqual(['one']);
    expect(loadAllPosts(two).map((post) => post.slug)).toEqual(['two']);
  });

  it('throws the ContentError again on every call while content is broken, then recovers', () => {
    const root = makeRoot({ 'content/posts/a.md': article('date: 2024-01-30') });
    expect(() => loadAllPosts(root)).toThrow(ContentError);
    expect(() => loadAllPosts(root)).toThrow(/content\/posts\/a\.md:1:1/);
    writeFiles(root, { 'content/posts/a.md': article('title: درست شد\ndate: 2024-01-30') });
    expect(loadAllPosts(root).map((post) => post.title)).toEqual(['درست شد']);
  });
});

describe('dates are ISO 8601 only', () => {
  it.each(['January 30', '01/02/2024', '2024/01/30', '30-01-2024'])('rejects «%s» instead of guessing', (written) => {
    expect(problemsOf({ 'content/posts/x/index.md': article(`title: t\ndate: "${written}"`) })).toEqual([
      {
        file: 'content/posts/x/index.md',
        line: 3,
        column: 1,
        field: 'date',
        reason: `«${written}» is not a valid date`,
        fix: 'write the publication date as `date: 2024-01-30` (Gregorian, YYYY-MM-DD)',
      },
    ]);
  });

  it('keeps the instant of a date with an offset, and reads a bare time on the site clock (Iran)', () => {
    const posts = load({
      'content/posts/a.md': article('title: a\ndate: 2024-01-30T01:00:00+03:30'),
      'content/posts/b.md': article('title: b\ndate: 2024-01-30 23:00'),
      'content/posts/c.md': article('title: c\ndate: 2024-01-30T23:30:00'),
      // Iran kept summer time (UTC+04:30) until 2022.
      'content/posts/d.md': article('title: d\ndate: 2021-07-01 10:00'),
    });
    const dateOf = (title: string) => posts.find((post) => post.title === title)!.date.toISOString();
    expect(dateOf('a')).toBe('2024-01-29T21:30:00.000Z');
    expect(dateOf('b')).toBe('2024-01-30T19:30:00.000Z');
    expect(dateOf('c')).toBe('2024-01-30T20:00:00.000Z');
    expect(dateOf('d')).toBe('2021-07-01T05:30:00.000Z');
  });
});

describe('tags', () => {
  it('keeps one tag per address (first spelling wins) and keeps C, C++ and C# apart', () => {
    const post = only({ 'content/posts/x.md': article('title: t\ndate: 2024-01-30\ntags: [Python, python, ۱۰, "10", C, C++, C#]') });
    expect(post.tags).toEqual(['Python', '۱۰', 'C', 'C++', 'C#']);
  });

  it('reports a tag that cannot have an address', () => {
    expect(problemsOf({ 'content/posts/x.md': article('title: t\ndate: 2024-01-30\ntags: [الگوریتم, "؟!"]') })).toEqual([
      {
        file: 'content/posts/x.md',
        line: 4,
        column: 1,
        field: 'tags',
        reason: 'tag «؟!» has no letters or digits to make its address from',
        fix: 'name the tag with a word, e.g. `الگوریتم` or `C++`',
      },
    ]);
  });
});

describe('files that look like articles', () => {
  it('reports a .markdown file instead of ignoring it', () => {
    expect(problemsOf({ 'content/posts/old-post.markdown': basic })).toEqual([
      { file: 'content/posts/old-post.markdown', reason: 'is not read: articles end in .md or .mdx', fix: 'rename it to old-post.md' },
    ]);
  });
});
