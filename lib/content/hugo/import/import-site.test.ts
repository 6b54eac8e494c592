import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { afterAll, describe, expect, it } from 'vitest';
import { compileArticle } from '../../compile';
import { contentPaths, readAllPosts } from '../../loader';
import { makeRoot, removeRoots } from '../../test-fixtures';
import { convertArticle, importHugoSite } from './import-site';

afterAll(removeRoots);

const FIXTURE = path.resolve(__dirname, '../../../../tests/fixtures/hugo-site');

const passThrough = ({ children }: { children?: ReactNode }) => createElement('div', null, children);
const components: MDXComponents = { Callout: passThrough, callout: passThrough, Details: passThrough, Figure: () => createElement('figure') };

describe('npm run import:hugo on the fixture Hugo site', () => {
  it('imports every Persian article, static files and old addresses; the result loads and compiles', { timeout: 60_000 }, async () => {
    const root = makeRoot();
    const report = await importHugoSite(FIXTURE, root, components);

    expect(report.config).toBe('hugo.toml');
    expect(report.articles.map((article) => [article.source, article.target])).toEqual([
      ['content/posts/2023/old-note.fa.md', 'content/posts/old-note.fa.md'],
      ['content/posts/http-caching/index.fa.md', 'content/posts/http-caching/index.fa.md'],
      ['content/posts/safe-bash.fa.md', 'content/posts/safe-bash.fa.md'],
    ]);
    expect(report.skipped).toEqual([{ file: 'content/posts/http-caching/index.en.md', reason: expect.stringContaining('English version') }]);
    expect(report.staticFiles).toBe(1);
    expect(report.changedFiles.sort()).toEqual([
      'content/posts/http-caching/flow.svg',
      'content/posts/http-caching/index.fa.md',
      'content/posts/old-note.fa.md',
      'content/posts/safe-bash.fa.md',
      'public/img/safe-bash.webp',
    ]);

    // The permalink pattern (`/posts/:year/:month/:slug/`, under `/fa/`) became an alias.
    const bash = report.articles[2]!;
    expect(bash.aliasesAdded).toEqual(['/fa/posts/2023/11/safe-bash/']);
    expect(readFileSync(path.join(root, bash.target), 'utf8')).toContain('aliases = ["/fa/bash-tips/", "/fa/posts/2023/11/safe-bash/"]');

    // The article with a missing image is a draft, and says why, at its line.
    const note = report.articles[0]!;
    expect(readFileSync(path.join(root, note.target), 'utf8')).toContain('\ndraft: true\n');
    expect(note.draftReasons).toEqual([expect.objectContaining({ file: 'content/posts/old-note.fa.md', line: 11, reason: expect.stringContaining('«/images/missing.png» does not exist') })]);
    expect(report.articles[1]!.draftReasons).toEqual([]);

    // The two unknown shortcodes need the author's hand.
    expect(report.warnings.map((problem) => [problem.file, problem.line, problem.severity])).toEqual([
      ['content/posts/http-caching/index.fa.md', 62, 'warning'],
      ['content/posts/safe-bash.fa.md', 44, 'warning'],
    ]);

    const posts = readAllPosts(contentPaths(root));
    expect(posts.map((post) => [post.slug, post.draft])).toEqual([
      ['http-caching', false],
      ['safe-bash', false],
      ['old-note', true],
    ]);
    for (const post of posts.filter((candidate) => !candidate.draft)) await expect(compileArticle(post, components)).resolves.toMatchObject({ toc: expect.any(Array) });
    expect(posts[0]!.aliases).toEqual(['/fa/old/http-cache/', '/fa/posts/2023/12/http-caching/']);

    // A second run changes nothing.
    const again = await importHugoSite(FIXTURE, root, components);
    expect(again.changedFiles).toEqual([]);
  });

  it('never overwrites a different file already in the project, and leaves out static files the site makes itself', { timeout: 60_000 }, async () => {
    const article = (title: string) => `---\ntitle: ${title}\ndate: 2024-01-30\n---\nمتن.\n`;
    const hugo = makeRoot({
      'hugo.toml': 'baseURL = "https://example.ir/"\n',
      'content/posts/mine.md': article('از هیوگو'),
      'content/posts/new.md': article('تازه'),
      'static/robots.txt': 'User-agent: *\nDisallow: /\n',
      'static/sitemap.xml': '<urlset/>',
      'static/img/a.txt': 'a',
    });
    const mine = article('نوشتهٔ خودم');
    const root = makeRoot({ 'content/posts/mine.md': mine });
    const report = await importHugoSite(hugo, root, components);

    expect(readFileSync(path.join(root, 'content/posts/mine.md'), 'utf8')).toBe(mine);
    expect(report.notOverwritten).toEqual([
      { file: 'content/posts/mine.md', source: 'content/posts/mine.md', reason: expect.stringContaining('already exists here with other content'), fix: expect.stringContaining('move or delete content/posts/mine.md') },
    ]);
    expect(report.articles.map((imported) => imported.target)).toEqual(['content/posts/new.md']);
    expect(report.skipped).toEqual([
      { file: 'static/robots.txt', reason: expect.stringContaining('/robots.txt is made by this site itself'), fix: expect.any(String) },
      { file: 'static/sitemap.xml', reason: expect.stringContaining('/sitemap.xml is made by this site itself'), fix: expect.any(String) },
    ]);
    expect(report.staticFiles).toBe(1);
    expect(report.changedFiles.sort()).toEqual(['content/posts/new.md', 'public/img/a.txt']);
    expect(existsSync(path.join(root, 'public/robots.txt'))).toBe(false);
    expect(existsSync(path.join(root, 'public/sitemap.xml'))).toBe(false);
  });
});

describe('convertArticle: Hugo’s default address, without a permalinks pattern', () => {
  const config = { defaultLanguage: 'fa', multilingual: false, defaultLanguageInSubdir: false, permalinks: {} };
  const text = '---\ntitle: یادداشت\ndate: 2023-05-01\n---\nمتن.\n';

  it('keeps the folders the file sat in, which the import moves up to content/posts/', () => {
    expect(convertArticle(text, { baseName: 'x', folders: ['x'] }, config, 'posts').aliasesAdded).toEqual(['/posts/x/x/']);
    expect(convertArticle(text, { baseName: 'Note', folders: ['2023', 'May Notes'] }, config, 'posts').aliasesAdded).toEqual(['/posts/2023/may-notes/note/']);
    const withSlug = '---\ntitle: یادداشت\nslug: custom\n---\nمتن.\n';
    expect(convertArticle(withSlug, { baseName: 'x', folders: ['x'] }, config, 'posts').aliasesAdded).toEqual(['/posts/x/custom/']);
  });

  it('adds nothing for an article straight in the section, whose address does not change', () => {
    expect(convertArticle(text, { baseName: 'x' }, config, 'posts').aliasesAdded).toEqual([]);
    expect(convertArticle(text, { baseName: 'x', folders: [] }, config, 'posts').aliasesAdded).toEqual([]);
  });
});
