import { afterAll, describe, expect, it } from 'vitest';
import { contentPaths, readAllPages, readAllPosts } from './loader';
import { article, contentErrorOf, makeRoot, removeRoots } from './test-fixtures';

afterAll(removeRoots);

describe('site pages (content/pages/)', () => {
  it('reads pages like articles, apart from the articles', () => {
    const root = makeRoot({
      'content/posts/post.md': article('title: نوشته\ndate: 2024-01-30'),
      'content/pages/about.md': article('title: درباره\ndate: 2024-02-01\nauthor: سارا'),
      'content/pages/contact/index.mdx': article('title: تماس\ndate: 2024-02-02'),
    });
    const pages = readAllPages(contentPaths(root));
    expect(pages.map((page) => [page.slug, page.title, page.format, page.sourcePath])).toEqual([
      ['about', 'درباره', 'md', 'content/pages/about.md'],
      ['contact', 'تماس', 'mdx', 'content/pages/contact/index.mdx'],
    ]);
    expect(pages[0]!.authors).toEqual(['سارا']);
    expect(readAllPosts(contentPaths(root)).map((post) => post.slug)).toEqual(['post']);
  });

  it('has no pages when the folder does not exist', () => {
    expect(readAllPages(contentPaths(makeRoot({ 'content/posts/post.md': article('title: نوشته\ndate: 2024-01-30') })))).toEqual([]);
  });

  it('reports a page whose front matter is wrong, as for articles', () => {
    const root = makeRoot({ 'content/pages/about.md': article('title: درباره') });
    const problems = contentErrorOf(() => readAllPages(contentPaths(root))).problems;
    expect(problems).toEqual([expect.objectContaining({ file: 'content/pages/about.md', field: 'date' })]);
  });

  it('refuses a page that a route of the site would hide', () => {
    const root = makeRoot({ 'content/pages/tags.md': article('title: برچسب‌ها\ndate: 2024-01-30') });
    const problems = contentErrorOf(() => readAllPages(contentPaths(root))).problems;
    expect(problems).toEqual([expect.objectContaining({ file: 'content/pages/tags.md', reason: expect.stringContaining('/tags/') })]);
  });
});
