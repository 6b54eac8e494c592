import { describe, expect, it } from 'vitest';
import { postFixture } from '@/lib/content/post-fixture';
import { slugify } from '@/lib/persian/slug';
import { sitemapPages } from './sitemap';

describe('sitemapPages', () => {
  const older = postFixture({
    slug: 'قدیمی',
    date: new Date('2024-01-01T00:00:00Z'),
    tags: ['الگوریتم', 'C++'],
    categories: ['برنامه‌نویسی'],
    series: 'مبانی الگوریتم',
  });
  const newer = postFixture({
    slug: 'تازه',
    date: new Date('2024-03-01T00:00:00Z'),
    lastmod: new Date('2024-04-10T00:00:00Z'),
    tags: ['الگوریتم'],
    categories: ['برنامه‌نویسی'],
  });
  const pages = sitemapPages([newer, older]);
  const byPath = new Map(pages.map((page) => [page.path, page.lastModified?.toISOString()]));

  it('lists every article with its last change (lastmod, else date)', () => {
    expect(byPath.get('/posts/تازه/')).toBe('2024-04-10T00:00:00.000Z');
    expect(byPath.get('/posts/قدیمی/')).toBe('2024-01-01T00:00:00.000Z');
  });

  it('lists the home, archive and tag index pages, changed with the newest article', () => {
    for (const path of ['/', '/archive/', '/tags/']) expect(byPath.get(path)).toBe('2024-04-10T00:00:00.000Z');
  });

  it('lists each tag, category and series page with the newest change among its posts', () => {
    expect(byPath.get('/tags/الگوریتم/')).toBe('2024-04-10T00:00:00.000Z');
    expect(byPath.get(`/tags/${slugify('C++')}/`)).toBe('2024-01-01T00:00:00.000Z');
    expect(byPath.get(`/categories/${slugify('برنامه‌نویسی')}/`)).toBe('2024-04-10T00:00:00.000Z');
    expect(byPath.get(`/series/${slugify('مبانی الگوریتم')}/`)).toBe('2024-01-01T00:00:00.000Z');
  });

  it('lists the later pages of paginated lists, each dated by the posts it shows, and no page 1 twice', () => {
    const paged = new Map(sitemapPages([newer, older], 1).map((page) => [page.path, page.lastModified?.toISOString()]));
    expect(paged.get('/page/2/')).toBe('2024-01-01T00:00:00.000Z');
    expect(paged.get('/tags/الگوریتم/page/2/')).toBe('2024-01-01T00:00:00.000Z');
    expect(paged.get(`/categories/${slugify('برنامه‌نویسی')}/page/2/`)).toBe('2024-01-01T00:00:00.000Z');
    expect(paged.has('/page/1/')).toBe(false);
    expect(paged.has('/page/3/')).toBe(false);
    expect(paged.has(`/tags/${slugify('C++')}/page/2/`)).toBe(false);
    expect(byPath.has('/page/2/')).toBe(false);
    expect(byPath.has('/categories/')).toBe(true);
    expect(byPath.has('/series/')).toBe(true);
  });

  it('lists each page once', () => {
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
  });
});
