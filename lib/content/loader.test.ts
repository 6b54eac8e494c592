import { statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentPaths, loadAllPosts, readAllPosts, type Post } from './loader';
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
