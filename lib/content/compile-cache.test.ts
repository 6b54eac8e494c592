import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MDXComponents } from 'mdx/types';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { compileArticle } from './compile';
import { bundleFingerprint, compileCounters, diskCompileCache, PIPELINE_PACKAGES, pipelineVersion, type CompileCache } from './compile-cache';
import { readAllPosts, contentPaths, type Post } from './loader';
import { article, makeRoot, removeRoots, svg } from './test-fixtures';

afterAll(removeRoots);

const slow = { timeout: 30_000 };
const frontMatter = 'title: عنوان\ndate: 2024-01-30';
const components: MDXComponents = {
  Callout: ({ children }: { children?: ReactNode }) => createElement('aside', null, children),
};
const body = '## بخش نخست\n\nمتن با `code` و $x^2$.\n\n```python\nprint("سلام")\n```\n';

/**
 * A fresh read of the articles, as a new build process makes: new `Post` objects, so the
 * in-process memo does not answer and only the disk cache can.
 */
const freshRead = (root: string): Post[] => readAllPosts(contentPaths(root));

let counters = { ...compileCounters };
const since = () => ({
  compiled: compileCounters.compiled - counters.compiled,
  hits: compileCounters.hits - counters.hits,
  misses: compileCounters.misses - counters.misses,
});
beforeEach(() => void (counters = { ...compileCounters }));

describe('compiled-article cache', () => {
  it('compiles each article once per process, however often it is asked for', slow, async () => {
    const root = makeRoot({ 'content/posts/a.md': article(frontMatter, body), 'content/posts/b.md': article(frontMatter, 'دوم.\n') });
    const cache = diskCompileCache(path.join(root, 'cache'), 'v1');
    const posts = freshRead(root);
    for (let round = 0; round < 3; round++) await Promise.all(posts.map((post) => compileArticle(post, components, cache)));
    expect(since()).toEqual({ compiled: 2, hits: 0, misses: 2 });
  });

  it('reads an unchanged article back in the next build, with the same page, contents and ids', slow, async () => {
    const root = makeRoot({ 'content/posts/a.md': article(frontMatter, body) });
    const cache = diskCompileCache(path.join(root, 'cache'), 'v1');
    const first = await compileArticle(freshRead(root)[0]!, components, cache);
    const second = await compileArticle(freshRead(root)[0]!, components, cache);
    expect(since()).toEqual({ compiled: 1, hits: 1, misses: 1 });
    expect(renderToStaticMarkup(second.content)).toBe(renderToStaticMarkup(first.content));
    expect(renderToStaticMarkup(second.content)).toContain('katex');
    expect(second.toc).toEqual(first.toc);
    expect(second.headingIds).toEqual(first.headingIds);
    expect(second.toc.map((entry) => entry.text)).toEqual(['بخش نخست']);
  });

  it('compiles again an edited article, and only that one', slow, async () => {
    const root = makeRoot({ 'content/posts/a.md': article(frontMatter, body), 'content/posts/b.md': article(frontMatter, 'دوم.\n') });
    const cache = diskCompileCache(path.join(root, 'cache'), 'v1');
    await Promise.all(freshRead(root).map((post) => compileArticle(post, components, cache)));
    writeFileSync(path.join(root, 'content/posts/b.md'), article(frontMatter, 'دوم، ویرایش‌شده.\n'));
    counters = { ...compileCounters };
    const posts = freshRead(root);
    const compiled = await Promise.all(posts.map((post) => compileArticle(post, components, cache)));
    expect(since()).toEqual({ compiled: 1, hits: 1, misses: 1 });
    expect(renderToStaticMarkup(compiled[posts.findIndex((post) => post.slug === 'b')]!.content)).toBe('<p>دوم، ویرایش‌شده.</p>');
  });

  it('compiles everything again under another pipeline version', slow, async () => {
    const root = makeRoot({ 'content/posts/a.md': article(frontMatter, body) });
    const dir = path.join(root, 'cache');
    await compileArticle(freshRead(root)[0]!, components, diskCompileCache(dir, 'v1'));
    await compileArticle(freshRead(root)[0]!, components, diskCompileCache(dir, 'v2'));
    expect(since()).toEqual({ compiled: 2, hits: 0, misses: 2 });
    await compileArticle(freshRead(root)[0]!, components, diskCompileCache(dir, 'v2'));
    expect(since()).toEqual({ compiled: 2, hits: 1, misses: 2 });
  });

  it('compiles again when an image beside the article changes (its size is in the page)', slow, async () => {
    const root = makeRoot({ 'content/posts/a/index.md': article(frontMatter, '![نمودار](d.svg)\n'), 'content/posts/a/d.svg': svg(40, 20) });
    const cache: CompileCache = diskCompileCache(path.join(root, 'cache'), 'v1');
    await compileArticle(freshRead(root)[0]!, components, cache);
    writeFileSync(path.join(root, 'content/posts/a/d.svg'), svg(400, 200));
    const again = await compileArticle(freshRead(root)[0]!, components, cache);
    expect(since()).toEqual({ compiled: 2, hits: 0, misses: 2 });
    expect(renderToStaticMarkup(again.content)).toContain('width="400"');
  });

  it('does not keep an article that fails to compile', slow, async () => {
    const root = makeRoot({ 'content/posts/x/index.md': article(frontMatter, '![x](missing.png)\n') });
    const dir = path.join(root, 'cache');
    await expect(compileArticle(freshRead(root)[0]!, components, diskCompileCache(dir, 'v1'))).rejects.toThrow('does not exist');
    await expect(compileArticle(freshRead(root)[0]!, components, diskCompileCache(dir, 'v1'))).rejects.toThrow('does not exist');
    expect(since()).toEqual({ compiled: 2, hits: 0, misses: 2 });
  });
});

describe('pipeline version', () => {
  it('changes with a pipeline source file and not with an article', () => {
    const files = { 'lib/content/compile.ts': 'a', 'lib/persian/x.ts': 'b', 'lib/ui-text.ts': 'c', 'lib/site.ts': 'd', 'content/posts/a.md': 'e' };
    const packages = Object.fromEntries(
      PIPELINE_PACKAGES.map((name) => [
        `node_modules/${name}/package.json`,
        JSON.stringify({ version: '1.0.0' }),
      ]),
    );
    const root = makeRoot({ ...files, ...packages });
    const before = pipelineVersion(root, 'production');
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(path.join(root, 'content/posts/a.md'), 'changed');
    expect(pipelineVersion(root, 'production')).toBe(before);
    writeFileSync(path.join(root, 'lib/persian/x.ts'), 'changed');
    const afterSource = pipelineVersion(root, 'production');
    expect(afterSource).not.toBe(before);
    writeFileSync(path.join(root, 'node_modules/shiki/package.json'), JSON.stringify({ version: '1.0.1' }));
    expect(pipelineVersion(root, 'production')).not.toBe(afterSource);
    expect(pipelineVersion(root, 'development')).not.toBe(pipelineVersion(root, 'production'));
  });

  it('is the real project’s, and lists a page bundle’s images but not its text', () => {
    expect(pipelineVersion(process.cwd(), 'production')).toMatch(/^[0-9a-f]{16}$/);
    const root = makeRoot({ 'b/index.md': 'x', 'b/d.svg': svg(1, 1), 'b/img/e.svg': svg(1, 1) });
    expect(bundleFingerprint(path.join(root, 'b')).map((entry) => entry.split(':')[0])).toEqual(['d.svg', 'img/e.svg']);
    expect(readdirSync(path.join(root, 'b'))).toContain('index.md');
  });
});
