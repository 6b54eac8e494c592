import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleAssetUrl, IMAGE_EXTENSIONS, listBundleImages, resolveArticleImage, type ImageContext } from './images';
import { contentPaths, readAllPosts } from './loader';
import { article, makeRoot, png, removeRoots, svg } from './test-fixtures';

afterAll(removeRoots);

const ZWNJ = '\u200C';
let root: string;
let bundle: ImageContext;
let single: ImageContext;
let persian: ImageContext;

beforeAll(async () => {
  root = makeRoot({
    'package.json': '{}',
    'content/secret.png': await png(2, 2),
    'public/logo.svg': svg(32, 16),
    'content/posts/my-post/index.md': article('title: t\ndate: 2024-01-30'),
    'content/posts/my-post/chat-bot.jpg': await sharp({ create: { width: 4, height: 3, channels: 3, background: '#08f' } }).jpeg().toBuffer(),
    'content/posts/my-post/x.png': await png(5, 2),
    'content/posts/my-post/chat bot.png': await png(7, 7),
    'content/posts/my-post/UPPER.PNG': await png(1, 1),
    'content/posts/my-post/sub/diagram.svg': svg(120, 60),
    'content/posts/my-post/broken.png': 'not really a PNG',
    'content/posts/my-post/notes.txt': 'notes',
    'content/posts/my-post/.secret.png': await png(1, 1),
    'content/posts/my-post/.cache/cached.png': await png(1, 1),
    'content/posts/other/index.md': article('title: o\ndate: 2024-01-29'),
    'content/posts/other/pic.png': await png(3, 3),
    'content/posts/single.md': article('title: s\ndate: 2024-01-28'),
    'content/posts/loose.png': await png(6, 6),
    [`content/posts/روش${ZWNJ}ها/index.md`]: article('title: p\ndate: 2024-01-27'),
    [`content/posts/روش${ZWNJ}ها/نمودار.png`]: await png(8, 4),
  });
  const posts = readAllPosts(contentPaths(root));
  const context = (slug: string) => posts.find((post) => post.slug === slug)!.imageContext;
  bundle = context('my-post');
  single = context('single');
  persian = context('روش-ها');
});

const inBundle = (file: string) => path.join(root, 'content/posts/my-post', file);

describe('resolveArticleImage', () => {
  it('resolves a file name relative to the article, with its URL and measured size', () => {
    expect(resolveArticleImage('chat-bot.jpg', bundle)).toEqual({
      ok: true,
      image: { src: '/posts/my-post/chat-bot.jpg', width: 4, height: 3, file: inBundle('chat-bot.jpg') },
    });
  });

  it('resolves PaperMod `<slug>/file` paths relative to the posts folder to the same image', () => {
    expect(resolveArticleImage('my-post/chat-bot.jpg', bundle)).toEqual(resolveArticleImage('chat-bot.jpg', bundle));
  });

  it('resolves `./file`, subfolders and `..` that stay inside the article', () => {
    expect(resolveArticleImage('./x.png', bundle)).toEqual({
      ok: true,
      image: { src: '/posts/my-post/x.png', width: 5, height: 2, file: inBundle('x.png') },
    });
    expect(resolveArticleImage('sub/diagram.svg', bundle)).toEqual({
      ok: true,
      image: { src: '/posts/my-post/sub/diagram.svg', width: 120, height: 60, file: inBundle('sub/diagram.svg') },
    });
    expect(resolveArticleImage('./sub/../x.png', bundle)).toMatchObject({ ok: true, image: { src: '/posts/my-post/x.png' } });
  });

  it('ignores surrounding spaces, `?query` and `#hash`, and decodes %-escapes', () => {
    expect(resolveArticleImage('  chat-bot.jpg?v=2#top ', bundle)).toMatchObject({ ok: true, image: { src: '/posts/my-post/chat-bot.jpg' } });
    expect(resolveArticleImage('chat%20bot.png', bundle)).toEqual({
      ok: true,
      image: { src: '/posts/my-post/chat bot.png', width: 7, height: 7, file: inBundle('chat bot.png') },
    });
  });

  it('builds the URL from the NFC Persian slug', () => {
    expect(resolveArticleImage('نمودار.png', persian)).toMatchObject({
      ok: true,
      image: { src: '/posts/روش-ها/نمودار.png', width: 8, height: 4 },
    });
  });

  it('serves `/absolute` paths from public/', () => {
    expect(resolveArticleImage('/logo.svg', bundle)).toEqual({
      ok: true,
      image: { src: '/logo.svg', width: 32, height: 16, file: path.join(root, 'public/logo.svg') },
    });
    expect(resolveArticleImage('/missing.png', bundle)).toEqual({
      ok: false,
      reason: 'image «/missing.png» does not exist (looked for public/missing.png)',
      fix: expect.any(String),
    });
  });

  it('refuses paths that escape content/ or public/, even to files that exist', () => {
    for (const reference of ['../../../package.json', '../../etc/passwd', '/../package.json', '../../../../../../etc/passwd']) {
      const result = resolveArticleImage(reference, bundle);
      expect(result, reference).toEqual({ ok: false, reason: expect.stringContaining(`«${reference}»`), fix: expect.any(String) });
    }
  });

  it('says a path that leaves content/ for an existing file is never published', () => {
    expect(resolveArticleImage('../../../package.json', bundle)).toEqual({
      ok: false,
      reason: 'image «../../../package.json» points outside content/, which is never published',
      fix: 'put the image beside the article and refer to it by file name',
    });
  });

  it("finds PaperMod's static-folder covers in public/ (`logo.svg` → /logo.svg)", () => {
    expect(resolveArticleImage('logo.svg', bundle)).toEqual({
      ok: true,
      image: { src: '/logo.svg', width: 32, height: 16, file: path.join(root, 'public/logo.svg') },
    });
  });

  it('refuses images of content/ outside the article folder, telling where to move them', () => {
    const fix = 'move the image into content/posts/my-post/';
    expect(resolveArticleImage('../../secret.png', bundle)).toEqual({
      ok: false,
      reason: "image «../../secret.png» is outside the article's own folder",
      fix,
    });
    expect(resolveArticleImage('../other/pic.png', bundle)).toEqual({ ok: false, reason: "image «../other/pic.png» is outside the article's own folder", fix });
    expect(resolveArticleImage('other/pic.png', bundle)).toEqual({ ok: false, reason: "image «other/pic.png» is outside the article's own folder", fix });
  });

  it('refuses files that are not images, naming the served types', () => {
    expect(resolveArticleImage('notes.txt', bundle)).toEqual({
      ok: false,
      reason: '«notes.txt» is not an image this site serves',
      fix: 'use one of .jpg .jpeg .png .gif .webp .avif .svg',
    });
    expect(resolveArticleImage('index.md', bundle)).toMatchObject({ ok: false, reason: '«index.md» is not an image this site serves' });
  });

  it('refuses images of a single-file article, asking for a page bundle', () => {
    expect(resolveArticleImage('loose.png', single)).toEqual({
      ok: false,
      reason: "image «loose.png» is outside the article's own folder",
      fix: 'turn the article into a page bundle: move `<slug>.md` to `<slug>/index.md` and put the image beside it',
    });
  });

  it('refuses images from other sites (http, protocol-relative, data:)', () => {
    for (const reference of ['https://example.com/a.png', 'http://example.com/a.png', '//cdn.example.com/a.png', 'data:image/png;base64,AAAA']) {
      expect(resolveArticleImage(reference, bundle), reference).toEqual({
        ok: false,
        reason: `image «${reference}» is loaded from another site, which readers on slow or filtered networks may never get`,
        fix: 'save the image beside the article (in its folder) and refer to it by file name',
      });
    }
  });

  it('reports a missing image with both places it looked, and a folder as missing', () => {
    expect(resolveArticleImage('missing.png', bundle)).toEqual({
      ok: false,
      reason: 'image «missing.png» does not exist (looked for content/posts/my-post/missing.png and content/posts/missing.png)',
      fix: 'check the file name (it is case-sensitive) and put the image in content/posts/my-post/',
    });
    expect(resolveArticleImage('sub', bundle)).toMatchObject({ ok: false, reason: expect.stringMatching(/^image «sub» does not exist/) });
  });

  it('advises a single-file article to become a page bundle, not to put the image beside it (an error of its own)', () => {
    expect(resolveArticleImage('missing.png', single)).toMatchObject({
      ok: false,
      fix: expect.stringContaining('make it a page bundle: move `<slug>.md` to `<slug>/index.md`'),
    });
  });

  it('shows where it looked as it is on disk when the content lives outside the project (CONTENT_DIR)', () => {
    const elsewhere = makeRoot({ 'posts/away/index.md': article('title: a\ndate: 2024-01-30') });
    const [post] = readAllPosts(contentPaths(root, elsewhere));
    const result = resolveArticleImage('gone.png', post!.imageContext);
    expect(result).toMatchObject({ ok: false, reason: `image «gone.png» does not exist (looked for ${path.join(elsewhere, 'posts/away/gone.png')} and ${path.join(elsewhere, 'posts/gone.png')})` });
  });

  it('reports a file with an image extension that is not a readable image', () => {
    expect(resolveArticleImage('broken.png', bundle)).toEqual({
      ok: false,
      reason: 'image «broken.png» could not be read as an image (unknown size)',
      fix: expect.stringContaining('viewBox'),
    });
  });
});

describe('listBundleImages', () => {
  it('lists image files only, including subfolders, skipping index.md, other files and dotfiles', () => {
    expect(listBundleImages(path.join(root, 'content/posts/my-post'))).toEqual([
      ['broken.png'],
      ['chat bot.png'],
      ['chat-bot.jpg'],
      ['sub', 'diagram.svg'],
      ['UPPER.PNG'],
      ['x.png'],
    ]);
    expect(listBundleImages(path.join(root, `content/posts/روش${ZWNJ}ها`))).toEqual([['نمودار.png']]);
    expect(listBundleImages(path.join(root, 'content/posts/other'))).toEqual([['pic.png']]);
  });
});

describe('articleAssetUrl', () => {
  it('joins the slug and the file path with `/`', () => {
    expect(articleAssetUrl('my-post', path.join('sub', 'a.png'))).toBe('/posts/my-post/sub/a.png');
    expect(articleAssetUrl('روش-ها', 'نمودار.png')).toBe('/posts/روش-ها/نمودار.png');
  });

  it('serves the usual web image types', () => {
    expect(IMAGE_EXTENSIONS).toEqual(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif', '.svg']);
  });
});
