import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MDXComponents } from 'mdx/types';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from './lint/check';
import { collectPosts, contentPaths } from './loader';
import { newPostMessage, planNewPost } from './new-post';
import { makeRoot, removeRoots, writeFiles } from './test-fixtures';

afterAll(removeRoots);

// 22:00 UTC on 30 November is already 1 December in Tehran (UTC+03:30).
const lateEvening = new Date('2026-11-30T22:00:00Z');

describe('planNewPost', () => {
  it('makes a page bundle from the title, dated today on Iran\'s clock, as a draft', () => {
    const plan = planNewPost({ title: 'مدل‌های زبانی: مقدمه', now: lateEvening });
    expect(plan).toMatchObject({ ok: true, slug: 'مدل-های-زبانی-مقدمه', file: 'content/posts/مدل-های-زبانی-مقدمه/index.md' });
    if (!plan.ok) throw new Error('unreachable');
    expect(plan.text).toContain('title: "مدل‌های زبانی: مقدمه"\ndate: 2026-12-01\n');
    expect(plan.text).toContain('\ndraft: true\n');
    expect(plan.text).toContain('\ntags: []\n');
  });

  it('takes --slug and --mdx', () => {
    expect(planNewPost({ title: 'عنوان', slug: 'My Post', mdx: true, now: lateEvening })).toMatchObject({
      slug: 'my-post',
      file: 'content/posts/my-post/index.mdx',
    });
  });

  it('refuses an empty title or one without letters for the address', () => {
    expect(planNewPost({ title: '  ', now: lateEvening }).ok).toBe(false);
    expect(planNewPost({ title: '؟!', now: lateEvening }).ok).toBe(false);
  });

  it('writes what passes the loader and the check with no problem at all', { timeout: 60_000 }, async () => {
    const plan = planNewPost({ title: 'عنوانی با "نقل‌قول" و # و: دونقطه', now: lateEvening, mdx: true });
    if (!plan.ok) throw new Error(plan.reason);
    const root = makeRoot();
    writeFiles(root, { [plan.file]: plan.text });
    const { posts, problems } = collectPosts(contentPaths(root));
    expect(problems).toEqual([]);
    expect(posts[0]).toMatchObject({ title: 'عنوانی با "نقل‌قول" و # و: دونقطه', draft: true, tags: [], format: 'mdx' });
    const { diagnostics } = await checkContent(root, {} as MDXComponents);
    expect(diagnostics).toEqual([]);
  });

  it('tells the author where the article is and how to preview it', () => {
    const message = newPostMessage({ slug: 'x', file: 'content/posts/x/index.md' });
    expect(message).toContain('content/posts/x/index.md');
    expect(message).toContain('npm run dev → http://localhost:3000/posts/x/');
  });
});

describe('npm run new', () => {
  const run = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-post.ts', ...args, '--root', root], {
      cwd: path.resolve(__dirname, '../..'),
      encoding: 'utf8',
    });

  it('creates the bundle once and refuses to overwrite it', { timeout: 60_000 }, () => {
    const root = makeRoot();
    const first = run(root, 'مقاله تازه', '--slug', 'new-article');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('content/posts/new-article/index.md');
    const written = readFileSync(path.join(root, 'content/posts/new-article/index.md'), 'utf8');
    expect(written).toContain('title: "مقاله تازه"');

    const second = run(root, 'عنوان دیگر', '--slug', 'new-article');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('content/posts/new-article/ is taken');
    expect(readFileSync(path.join(root, 'content/posts/new-article/index.md'), 'utf8')).toBe(written);
  });

  it('refuses a slug an existing single-file article already has', { timeout: 60_000 }, () => {
    const root = makeRoot({ 'content/posts/old.md': '---\ntitle: قدیمی\ndate: 2024-01-30\nslug: taken\n---\nمتن\n' });
    const result = run(root, 'عنوان', '--slug', 'taken');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is taken by content/posts/old.md');
  });
});
