/**
 * Hostile and broken articles (tests/fixtures/hostile/, docs/security.md) through the real
 * pipeline: each one is refused with its file, line and reason, or rendered as inert text in
 * every output. Nothing in them may run: the payloads set `globalThis.__hostileRan`, call
 * `process.exit` or touch a file, and each test checks none of that happened.
 * Time and memory of every case are measured and printed (no assertions on them); a generous
 * timeout only catches hangs.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { article, makeRoot, png, removeRoots } from '@/lib/content/test-fixtures';
import { runPipeline } from './pipeline';

const corpus = path.join(process.cwd(), 'tests', 'fixtures', 'hostile');
const PWNED_FILE = '/tmp/hostile-pwned';
const HANG = { timeout: 180_000 };

declare global {
  var __hostileRan: boolean | undefined;
}

const figures: { name: string; outcome: string; ms: number; memoryMb: number; how: string }[] = [];
afterAll(() => {
  removeRoots();
  console.log(
    'hostile inputs (time, memory):\n' +
      figures
        .map(
          (row) =>
            `  ${row.name.padEnd(34)} ${String(row.ms).padStart(6)} ms ${String(row.memoryMb).padStart(5)} MB (${row.how})  ${row.outcome}`,
        )
        .join('\n'),
  );
});

let exit: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  globalThis.__hostileRan = undefined;
  exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`process.exit(${String(code)}) was called`);
  });
});
afterEach(() => {
  // Nothing an article says runs at build time.
  expect(globalThis.__hostileRan).toBeUndefined();
  expect(exit).not.toHaveBeenCalled();
  expect(existsSync(PWNED_FILE)).toBe(false);
  exit.mockRestore();
});

/** A project whose content/posts/ holds one case of the corpus (a file or a page-bundle folder), and a secret beside content/. */
async function rootWith(caseName: string): Promise<string> {
  const root = makeRoot({ 'secret.png': await png(8, 8), 'content/secret.png': await png(8, 8) });
  cpSync(path.join(corpus, 'refused', caseName), path.join(root, 'content', 'posts', caseName), { recursive: true });
  return root;
}

async function measured(name: string, run: () => Promise<string[]>) {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const errors = await run();
  figures.push({
    name,
    outcome: errors.length > 0 ? `refused: ${errors[0]!.split('\n')[0]!.replace(/^\S+ — /, '')}` : 'built',
    ms: Math.round(performance.now() - started),
    memoryMb: Math.max(0, Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20)),
    how: 'heap growth, test process',
  });
  return errors;
}

/** Case → the line the build names and what it says. Every one is in tests/fixtures/hostile/refused/. */
const REFUSED: Record<string, [line: number | undefined, reason: RegExp]> = {
  'mdx-process-exit.mdx': [8, /«\{process\.exit\(1\)\}» is a JavaScript expression, which this site removes/],
  'mdx-eval.mdx': [8, /«\{eval\(.*is a JavaScript expression/],
  'mdx-require.mdx': [8, /«\{require\(.*is a JavaScript expression/],
  'mdx-import.mdx': [8, /`import`\/`export` is not supported in articles/],
  'mdx-export.mdx': [8, /`import`\/`export` is not supported in articles/],
  'mdx-script.mdx': [8, /<script> is not allowed in articles/],
  'mdx-style.mdx': [8, /<style> is not allowed in articles/],
  'mdx-iframe.mdx': [8, /<iframe> is not allowed in articles/],
  'mdx-object.mdx': [8, /<object> is not allowed in articles/],
  'mdx-embed.mdx': [8, /<embed> is not allowed in articles/],
  'mdx-event-handler.mdx': [8, /prop `onMouseOver` of <span> is not allowed/],
  'mdx-img-onerror.mdx': [8, /prop `onerror` of <img> is not allowed/],
  'mdx-expression-prop.mdx': [8, /prop `title` of <Callout> is a JavaScript expression/],
  'mdx-javascript-link.mdx': [8, /link «javascript:.*» would run code/],
  'mdx-javascript-href.mdx': [8, /href «javascript:.*» of <a> would run code/],
  'mdx-javascript-href-tab.mdx': [8, /href «jav\tascript:.*» of <a> would run code/],
  'mdx-vbscript-link.mdx': [8, /link «vbscript:msgbox» would run code/],
  'mdx-data-href.mdx': [8, /href «data:text\/html.*» of <a> would run code/],
  'mdx-javascript-image.mdx': [8, /image «javascript:alert\(1\)» is a `javascript:` address/],
  'mdx-data-image.mdx': [8, /src «data:image\/svg\+xml.*» of <img> would run code/],
  'mdx-srcset.mdx': [8, /attribute `srcSet` of <img> is not allowed in articles/],
  'mdx-background.mdx': [8, /attribute `background` of <table> is not allowed in articles/],
  'mdx-dangerously-set-inner-html.mdx': [8, /attribute `dangerouslySetInnerHTML` of <div> is not allowed/],
  'mdx-ping.mdx': [8, /attribute `ping` of <a> is not allowed/],
  'mdx-javascript-cite.mdx': [8, /cite «javascript:alert\(1\)» of <q> would run code/],
  'md-script.md': [8, /raw HTML «<script>.*» is not shown in a \.md file/],
  'md-style.md': [8, /raw HTML «<style>/],
  'md-iframe.md': [8, /raw HTML «<iframe/],
  'md-object.md': [8, /raw HTML «<object/],
  'md-embed.md': [8, /raw HTML «<embed/],
  'md-img-onerror.md': [8, /raw HTML «<img src=x onerror=/],
  'md-raw-link.md': [8, /raw HTML «<a href=/],
  'md-srcset.md': [8, /raw HTML «<img srcset=/],
  'md-javascript-link.md': [8, /link «javascript:.*» would run code/],
  'md-javascript-link-entity.md': [8, /link «javascript:alert\(1\)» would run code/],
  'md-javascript-link-tab.md': [8, /link «jav\tascript:alert\(1\)» would run code/],
  'md-javascript-autolink.md': [8, /link «javascript:alert\(1\)» would run code/],
  'md-vbscript-definition.md': [10, /link «vbscript:msgbox» would run code/],
  'md-data-link.md': [8, /link «data:text\/html;base64.*» would run code/],
  'md-data-image.md': [8, /image «data:image\/png.*» is loaded from another site/],
  'img-dot-dot': [8, /image «\.\.\/\.\.\/\.\.\/secret\.png» points outside content\/, which is never published/],
  'img-absolute': [8, /image «\/etc\/passwd» does not exist/],
  'img-encoded-dots': [8, /image «%2e%2e\/%2e%2e\/%2e%2e\/secret\.png» points outside content\//],
  'img-encoded-slash': [8, /image «\.\.%2f\.\.%2f\.\.%2fsecret\.png» does not exist/],
  'img-source-file': [8, /«index\.md» is not an image this site serves/],
  'figure-source-file': [8, /«index\.mdx» is not an image this site serves/],
  'cover-dot-dot': [5, /front matter `cover\.image`: image «\.\.\/\.\.\/\.\.\/secret\.png» points outside content\//],
  'svg-script': [8, /image «diagram\.svg» contains «.*»: an SVG with scripts, event handlers/],
  'yaml-js-function.md': [2, /front matter is not valid YAML: unknown tag !<tag:yaml\.org,2002:js\/function>/],
  'empty.md': [undefined, /is empty/],
  // Before: the build failed writing the tag's page (a file name of 610 bytes).
  'long-tag.md': [4, /front matter `tags`: «برچسب.*» makes an address of 610 bytes; at most 150 fit in a file name of the build/],
};

describe('hostile articles are refused with file, line and reason; nothing in them runs', () => {
  it.each(Object.entries(REFUSED))('%s', HANG, async (caseName, [line, reason]) => {
    const root = await rootWith(caseName);
    const errors = await measured(caseName, async () => (await runPipeline(root)).errors);
    const file = `content/posts/${caseName}${path.extname(caseName) ? '' : existsSync(path.join(root, 'content/posts', caseName, 'index.mdx')) ? '/index.mdx' : '/index.md'}`;
    const where = line === undefined ? `${file} — ` : `${file}:${line}:`;
    expect(
      errors.find((error) => error.startsWith(where) && reason.test(error)),
      errors.join('\n'),
    ).toBeDefined();
    // Every refusal says how to fix it.
    for (const error of errors) expect(error).toMatch(/\n {4}fix: \S/);
  });

  it('the corpus has no case without an expectation', () => {
    expect(readdirSync(path.join(corpus, 'refused')).sort()).toEqual(
      [...Object.keys(REFUSED), ...Object.keys(BOUNDED).filter((name) => name === 'alias-bomb.md')].sort(),
    );
  });
});

const frontMatter = 'title: مقالهٔ بزرگ\ndate: 2024-01-30';
const run = promisify(execFile);
/** Each of these runs in a child process of its own, limited to this much heap: an out-of-memory or a hang fails its test, not the run. */
const HEAP_LIMIT_MB = 2048;

/**
 * Inputs that could exhaust a process, generated here (the 5 MB one is not committed) except the
 * alias bomb, which is small. Each: what the build must say (a reason at a line), or `built`.
 */
const BOUNDED: Record<
  string,
  { files: () => Record<string, string | Uint8Array>; expect: 'built' | [line: number | undefined, reason: RegExp] }
> = {
  'alias-bomb.md': {
    files: () => ({ 'content/posts/alias-bomb.md': readFileSync(path.join(corpus, 'refused', 'alias-bomb.md'), 'utf8') }),
    expect: [1, /front matter holds more than 10,000 values once its YAML aliases \(`\*name`\) are expanded/],
  },
  '5-mb-article.md': {
    files: () => ({ 'content/posts/5-mb-article.md': article(frontMatter, longArticle(5 * 2 ** 20)) }),
    expect: [undefined, /is 5\.0 MB; an article may be at most 1 MB/],
  },
  // Just under the limit: built, in all its outputs.
  '1-mb-article.md': {
    files: () => ({ 'content/posts/1-mb-article.md': article(frontMatter, longArticle(2 ** 20 - 200)) }),
    expect: 'built',
  },
  'deep-list.md': {
    files: () => ({ 'content/posts/deep-list.md': article(frontMatter, '- '.repeat(10_000) + 'x\n') }),
    expect: [5, /lists, blockquotes or elements are nested 10000 levels deep here; at most 100 are read/],
  },
  'deep-blockquote.md': {
    files: () => ({ 'content/posts/deep-blockquote.md': article(frontMatter, 'بند\n\n' + '>'.repeat(10_000) + ' x\n') }),
    expect: [7, /nested 10000 levels deep/],
  },
  'deep-blockquote.mdx': {
    files: () => ({ 'content/posts/deep-blockquote.mdx': article(frontMatter, '> '.repeat(10_000) + 'x\n') }),
    expect: [5, /nested 10000 levels deep/],
  },
  'deep-indented-list.md': {
    files: () => ({
      'content/posts/deep-indented-list.md': article(
        frontMatter,
        Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- مورد ${i}`).join('\n') + '\n',
      ),
    }),
    expect: [304, /nested 300 levels deep/],
  },
  'deep-elements.mdx': {
    files: () => ({
      'content/posts/deep-elements.mdx': article(frontMatter, '<span>\n'.repeat(10_000) + 'x\n' + '</span>\n'.repeat(10_000)),
    }),
    expect: [10_004, /nested 10000 levels deep/],
  },
};

/** Persian prose of about `bytes` bytes in paragraphs, with a heading, a link and inline code in every tenth. */
function longArticle(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes - 400; i++) {
    const paragraph =
      i % 10 === 0
        ? `## بخش ${i}\n\nبند با کد \`x < y\` و پیوند [نمونه](https://example.com/).`
        : 'متن فارسی بلندی با واژه‌های فراوان و نیم‌فاصله‌های درست در هر بند این مقاله. '.repeat(4);
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n') + '\n';
}

describe('inputs that could exhaust the build: a clear error or a correct page, in bounded time and memory', () => {
  it.each(Object.entries(BOUNDED))('%s', HANG, async (name, { files, expect: expected }) => {
    const root = makeRoot(files());
    const { stdout } = await run(
      process.execPath,
      [`--max-old-space-size=${HEAP_LIMIT_MB}`, '--import', 'tsx', path.join(process.cwd(), 'tests/hostile/run-case.ts'), root],
      {
        timeout: HANG.timeout - 10_000,
        maxBuffer: 2 ** 24,
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      errors: string[];
      articles: { slug: string }[];
      ms: number;
      peakRssMb: number;
    };
    figures.push({
      name,
      outcome: result.errors[0] ? `refused: ${result.errors[0].split('\n')[0]!.replace(/^\S+ — /, '')}` : 'built',
      ms: result.ms,
      memoryMb: result.peakRssMb,
      how: `peak RSS, own process, heap limit ${HEAP_LIMIT_MB} MB`,
    });
    if (expected === 'built') {
      expect(result.errors).toEqual([]);
      expect(result.articles).toHaveLength(1);
    } else {
      const [line, reason] = expected;
      const where = line === undefined ? `content/posts/${name} — ` : `content/posts/${name}:${line}:`;
      expect(
        result.errors.find((error) => error.startsWith(where) && reason.test(error)),
        result.errors.join('\n'),
      ).toBeDefined();
    }
  });
});

describe('files that are not articles: binary, not UTF-8, symbolic links', () => {
  const cases: Record<string, { make: () => Promise<string>; file: string; reason: RegExp }> = {
    'binary file': {
      make: async () => makeRoot({ 'content/posts/binary.md': await png(4, 4) }),
      file: 'content/posts/binary.md',
      reason: /is a binary file, not UTF-8 text/,
    },
    'not UTF-8 (Windows-1256)': {
      make: async () =>
        makeRoot({
          'content/posts/cp1256.md': Buffer.from([
            0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe3, 0xd9, 0xdf, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a,
          ]),
        }),
      file: 'content/posts/cp1256.md',
      reason: /is not valid UTF-8 text/,
    },
    'symbolic link loop': {
      make: async () => {
        const root = makeRoot({ 'content/posts/ok.md': article(frontMatter) });
        symlinkSync('loop', path.join(root, 'content/posts/loop'));
        symlinkSync('loop2.md', path.join(root, 'content/posts/loop1.md'));
        symlinkSync('loop1.md', path.join(root, 'content/posts/loop2.md'));
        return root;
      },
      file: 'content/posts/loop',
      reason: /is a symbolic link; articles are read only from real files inside content\//,
    },
    'article file linked from outside content/': {
      make: async () => {
        const root = makeRoot({ 'notes/secret.md': article('title: راز\ndate: 2024-01-30', 'SECRET-BODY\n') });
        symlinkSync(path.join(root, 'notes/secret.md'), path.join(root, 'content/posts/secret.md'));
        return root;
      },
      file: 'content/posts/secret.md',
      reason: /is a symbolic link/,
    },
    'bundle index.md linked from outside content/': {
      make: async () => {
        const root = makeRoot({ 'notes/secret.md': article('title: راز\ndate: 2024-01-30', 'SECRET-BODY\n') });
        mkdirSync(path.join(root, 'content/posts/bundle'));
        symlinkSync(path.join(root, 'notes/secret.md'), path.join(root, 'content/posts/bundle/index.md'));
        return root;
      },
      file: 'content/posts/bundle/index.md',
      reason: /is a symbolic link/,
    },
    'image linked from outside content/': {
      make: async () => {
        const root = makeRoot({
          'private/photo.png': await png(8, 8),
          'content/posts/bundle/index.md': article(frontMatter, '![عکس](photo.png)\n'),
        });
        symlinkSync(path.join(root, 'private/photo.png'), path.join(root, 'content/posts/bundle/photo.png'));
        return root;
      },
      file: 'content/posts/bundle/index.md:5:1',
      reason: /image «photo\.png» is a symbolic link \(or inside a linked folder\); only real files beside the article are published/,
    },
    'cover in a folder linked from outside content/': {
      make: async () => {
        const root = makeRoot({
          'private/cover.png': await png(8, 8),
          'content/posts/bundle/index.md': article(`${frontMatter}\ncover:\n  image: images/cover.png`),
        });
        symlinkSync(path.join(root, 'private'), path.join(root, 'content/posts/bundle/images'));
        return root;
      },
      file: 'content/posts/bundle/index.md:5:3',
      reason: /image «images\/cover\.png» is a symbolic link/,
    },
    'image that is a symbolic link loop': {
      make: async () => {
        const root = makeRoot({ 'content/posts/bundle/index.md': article(frontMatter, '![عکس](loop.png)\n') });
        symlinkSync('loop.png', path.join(root, 'content/posts/bundle/loop.png'));
        return root;
      },
      file: 'content/posts/bundle/index.md:5:1',
      reason: /image «loop\.png» does not exist/,
    },
  };

  it.each(Object.entries(cases))('%s', HANG, async (name, { make, file, reason }) => {
    const root = await make();
    const errors = await measured(name, async () => (await runPipeline(root)).errors);
    expect(
      errors.find((error) => error.startsWith(`${file} — `) || (error.startsWith(file) && file.includes(':'))),
      errors.join('\n'),
    ).toBeDefined();
    expect(
      errors.some((error) => reason.test(error)),
      errors.join('\n'),
    ).toBe(true);
    expect(errors.join('\n')).not.toContain('SECRET-BODY');
  });
});

describe('hostile values in articles that build are inert text in every output', () => {
  let result: Awaited<ReturnType<typeof runPipeline>>;
  const built = (slug: string) => result.articles.find((item) => item.post.slug === slug)!;
  /** Live markup, as opposed to the same words escaped as text (`&lt;script&gt;`). */
  const MARKUP = /<(?:script|iframe|object|embed|style)\b|<[^>]*\son[a-z]+\s*=|(?:href|src)\s*=\s*["']?\s*javascript:/i;

  it('the site of tests/fixtures/hostile/site/ builds: no error, every article in every output', HANG, async () => {
    const root = makeRoot();
    cpSync(path.join(corpus, 'site', 'content'), path.join(root, 'content'), { recursive: true });
    const errors = await measured('site: front matter escapes, long strings, code', async () => (result = await runPipeline(root)).errors);
    expect(errors).toEqual([]);
    expect(result.articles.map((item) => item.post.slug).sort()).toEqual([
      'code-that-looks-hostile',
      'front-matter-escapes',
      'long-strings',
      'safe-mdx',
    ]);
    // Values are kept exactly as written: nothing stripped, only escaped where they are written out.
    const { post } = built('front-matter-escapes');
    expect(post.title).toContain('</script><script>globalThis.__hostileRan=true</script>');
    expect(post.title).toContain('\u202Eوارونه\u202C');
    expect(post.description).toContain('خط اول\nخط دوم');
  });

  it('article bodies: code and braces are text, links that open a tab get rel="noopener noreferrer"', () => {
    for (const { post, bodyHtml } of result.articles) expect(bodyHtml, post.slug).not.toMatch(MARKUP);
    const code = built('code-that-looks-hostile').bodyHtml;
    const text = (html: string) => html.replace(/<[^>]+>/g, '');
    expect(text(code)).toContain('{process.exit(1)}');
    expect(text(code)).toContain('&lt;/script&gt;');
    expect(text(code)).toContain('&lt;iframe src=&quot;javascript');
    const mdx = built('safe-mdx').bodyHtml;
    expect(text(mdx)).toContain('{process.exit(1)}');
    expect(mdx.match(/target="_blank"/g)).toHaveLength(2);
    expect(mdx.match(/rel="noopener noreferrer"/g)).toHaveLength(2);
    expect(mdx).not.toContain('rel="opener"');
  });

  it('JSON-LD: no `<` the HTML parser could end the script at, and the data reads back exactly', () => {
    for (const { post, jsonLd } of result.articles) {
      expect(jsonLd).not.toMatch(/[<>]/);
      const data = JSON.parse(jsonLd) as { headline: string; description: string; keywords: string[]; author: { name: string }[] };
      expect(data.headline).toBe(post.title);
      expect(data.description).toBe(post.description);
      expect(data.keywords).toEqual([...post.tags, ...post.categories]);
    }
  });

  it('RSS, Atom and JSON Feed parse, read back every title exactly, and carry no live markup', () => {
    for (const format of ['rss', 'atom'] as const) {
      const feed = parseFeed(result.feeds[format]);
      expect(feed.items.map((item) => item.title).sort()).toEqual(result.articles.map((item) => item.post.title).sort());
      // The bodies sit in CDATA as HTML for feed readers to render: none may carry live markup.
      expect(MARKUP.exec(result.feeds[format])?.[0], format).toBeUndefined();
      expect(result.feeds[format]).toContain('&lt;iframe src=&quot;javascript:alert(1)&quot;&gt;');
    }
    const json = JSON.parse(result.feeds.json) as { items: { title: string; summary: string; content_html: string }[] };
    expect(json.items.map((item) => item.title).sort()).toEqual(result.articles.map((item) => item.post.title).sort());
    for (const item of json.items) expect(item.content_html).not.toMatch(MARKUP);
  });

  it('sitemap addresses are plain, percent-encoded URLs; the search index reads back every title', () => {
    expect(result.sitemapUrls.length).toBeGreaterThan(4);
    for (const url of result.sitemapUrls) {
      expect(new URL(url).href).toBe(url);
      expect(url).not.toMatch(/[<>"'\s\u202E]/);
    }
    const index = JSON.parse(result.searchIndex) as { documents: { title: string }[] };
    expect(index.documents.map((document) => document.title).sort()).toEqual(result.articles.map((item) => item.post.title).sort());
  });

  it('social cards are drawn for every article, the 700-word title included', () => {
    for (const { post, ogCardBytes } of result.articles) expect(ogCardBytes, post.slug).toBeGreaterThan(10_000);
  });
});
