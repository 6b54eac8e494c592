import { describe, expect, it } from 'vitest';
import { kindOf, pagesToWeigh, pageWeightSection, sumBytes, type PageWeightFigures } from './page-weight';

const post = (slug: string, tags: string[] = []) => ({ slug, tags });
const tagPath = (tag: string) => `/tags/${tag}/`;

describe('pagesToWeigh', () => {
  it('takes home, /page/2/ and the three kinds of article when the site has a second page', () => {
    const posts = [post('large-language-models-training'), post('جست-وجوی-دودویی'), post('http-caching'), post('other')];
    expect(pagesToWeigh(posts, 3, tagPath).map((page) => page.path)).toEqual([
      '/',
      '/page/2/',
      '/posts/large-language-models-training/',
      '/posts/جست-وجوی-دودویی/',
      '/posts/http-caching/',
    ]);
  });

  it('stands in the biggest tag page for /page/2/ on a one-page site and skips missing articles', () => {
    const posts = [post('a', ['x', 'y']), post('b', ['y']), post('http-caching', ['y', 'x'])];
    expect(pagesToWeigh(posts, 10, tagPath)).toEqual([
      { label: 'home', path: '/' },
      { label: 'list (a tag)', path: '/tags/y/' },
      { label: 'article: code-heavy', path: '/posts/http-caching/' },
    ]);
  });
});

describe('page weight figures', () => {
  it('sorts Chrome resource types into the table columns', () => {
    expect(kindOf('Document')).toBe('document');
    expect(kindOf('Font')).toBe('font');
    expect(kindOf('Fetch')).toBe('other');
    expect(kindOf(undefined)).toBe('other');
    expect(sumBytes({ document: 1, stylesheet: 2, font: 4, script: 8, image: 16, other: 32 }, ['document', 'stylesheet', 'font'])).toBe(7);
  });

  it('reports JS against the floor, the first view, and every request to another host', () => {
    const bytes = { document: 10240, stylesheet: 10240, font: 40960, script: 143360, image: 0, other: 0 };
    const page: PageWeightFigures = {
      label: 'article: seed',
      path: '/posts/x/',
      atLoad: { bytes, requests: 9, fontFiles: 2 },
      afterLoad: { bytes: 512, requests: 1, urls: ['/icon.svg'] },
      firstView: { bytes: { ...bytes, script: 0 }, requests: 4, fontFiles: ['/a.woff2', '/b.woff2'] },
      foreignRequests: ['https://fonts.example/x.woff2'],
    };
    const markdown = pageWeightSection('t', [page], 133 * 1024).join('\n');
    expect(markdown).toContain('| article: seed | /posts/x/ | 9 | 10.0 | 10.0 | 40.0 (2) | 140.0 | +7.0 | 0.0 | 0.0 | 200.0 | 60.0 | 0.5 (1 req.) |');
    expect(markdown).toContain('- /posts/x/: https://fonts.example/x.woff2');
    expect(pageWeightSection('t', [{ ...page, foreignRequests: [] }]).join('\n')).toContain('Requests to another host: none.');
  });
});
