import { describe, expect, it } from 'vitest';
import { normaliseAlias } from './aliases';
import { expandPermalink, hugoUrlize } from './permalinks';
import { nextRedirects, redirectPageFile, redirectPageHtml } from './redirects';

const fields = { date: '2024-03-12T09:30:00+03:30', title: 'کش در HTTP', slug: 'http-caching', fileName: 'index-name', section: 'posts' };

describe('Hugo permalink patterns', () => {
  it('expands date, slug, title, file name and section tokens with the date as written', () => {
    expect(expandPermalink('/:year/:month/:day/:slug/', fields)).toBe('/2024/03/12/http-caching/');
    expect(expandPermalink('/:section/:monthname/:filename', fields)).toBe('/posts/March/index-name/');
    expect(expandPermalink(':slugorfilename', { ...fields, slug: undefined })).toBe('/index-name/');
    expect(expandPermalink('/:title.html', fields)).toBe('/کش-در-http.html');
  });

  it('falls back to the title for :slug, as Hugo does, and gives up on an unknown token or missing date', () => {
    expect(expandPermalink('/:slug/', { ...fields, slug: undefined })).toBe('/کش-در-http/');
    expect(expandPermalink('/:year/:slug/', { ...fields, date: undefined })).toBeUndefined();
    expect(expandPermalink('/:weekday/:slug/', fields)).toBeUndefined();
  });

  it('urlizes like Hugo: lower case, dashes, and ZWNJ dropped', () => {
    expect(hugoUrlize('جست\u200Cوجوی دودویی در Go!')).toBe('جستوجوی-دودویی-در-go');
  });
});

describe('aliases', () => {
  it('normalises old addresses to one form', () => {
    expect(normaliseAlias('/fa/old')).toEqual({ ok: true, path: '/fa/old/' });
    expect(normaliseAlias('old-name/')).toEqual({ ok: true, path: '/posts/old-name/' });
    expect(normaliseAlias('/%D8%A7%D9%84%D9%81/')).toEqual({ ok: true, path: '/الف/' });
    expect(normaliseAlias('/2019/a.html')).toEqual({ ok: true, path: '/2019/a.html' });
  });

  it('refuses other sites, queries, `..` and the site’s own paths', () => {
    for (const alias of ['https://x.ir/a/', '//x.ir/a', '/a?b=1', '/a/../b', '/_next/x', '/']) expect(normaliseAlias(alias).ok).toBe(false);
  });

  it('refuses an address that is or falls under one of the site’s own routes, and control characters', () => {
    const own = ['/tags/', '/page/2/', '/search/', '/search/passages/a.json', '/feed.xml', '/sitemap.xml/', '/atom.xml', '/feed.json', '/robots.txt', '/icon.svg', '/categories/شبکه/', '/series/', '/archive/', '/og/a/image.jpg', '/_next/static/x.js', '/tags/go/feed.xml'];
    for (const alias of own) expect([alias, normaliseAlias(alias)]).toEqual([alias, expect.objectContaining({ ok: false, reason: expect.stringContaining("site's own addresses") })]);
    for (const alias of ['/fa/a%00/', '/a\u0007b/']) expect(normaliseAlias(alias)).toMatchObject({ ok: false, reason: expect.stringContaining('control character') });
    // Near misses stay old addresses, as does the address of a renamed article.
    for (const alias of ['/tagsx/', '/fa/tags/', '/pages/2/', '/feed.xml.html', '/posts/old-slug/', '/archive.html']) expect([alias, normaliseAlias(alias).ok]).toEqual([alias, true]);
  });
});

describe('redirects', () => {
  const redirect = { from: '/fa/posts/2024/03/کش/', to: '/posts/کش/', title: 'کش "HTTP" & <وب>' };

  it('gives Next.js 308 rules for the encoded and the plain path, with path-to-regexp characters escaped', () => {
    const rules = nextRedirects([redirect, { from: '/a(1)/', to: '/posts/a/', title: 'a' }]);
    expect(rules).toEqual([
      { source: encodeURI('/fa/posts/2024/03/کش/'), destination: encodeURI('/posts/کش/'), permanent: true },
      { source: '/fa/posts/2024/03/کش/', destination: encodeURI('/posts/کش/'), permanent: true },
      { source: '/a\\(1\\)/', destination: '/posts/a/', permanent: true },
    ]);
  });

  it('writes a Hugo-style alias page: canonical link, meta refresh and a plain link, escaped', () => {
    const html = redirectPageHtml(redirect, 'https://site.ir', 'منتقل شد:');
    const href = encodeURI('/posts/کش/');
    expect(html).toContain(`<link rel="canonical" href="https://site.ir${href}">`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${href}">`);
    expect(html).toContain(`<a href="${href}">کش &#34;HTTP&#34; &#38; &#60;وب&#62;</a>`);
    expect(redirectPageFile('/fa/old/')).toBe('fa/old/index.html');
    expect(redirectPageFile('/2019/a.html')).toBe('2019/a.html');
  });
});
