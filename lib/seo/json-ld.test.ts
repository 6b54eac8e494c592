import { describe, expect, it } from 'vitest';
import { HOSTILE_TITLES, postFixture } from '@/lib/content/post-fixture';
import { articleJsonLd, breadcrumbJsonLd, serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  it.each(HOSTILE_TITLES)('keeps %j intact for JSON and inert for HTML', (title) => {
    const json = serializeJsonLd({ headline: title });
    expect(JSON.parse(json)).toEqual({ headline: title });
    // Nothing the HTML parser could read as the end of the script or a comment.
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('leaves Persian text and ZWNJ readable', () => {
    expect(serializeJsonLd({ name: 'نوشته‌ها' })).toBe('{"name":"نوشته‌ها"}');
  });
});

describe('articleJsonLd', () => {
  const post = postFixture({
    title: HOSTILE_TITLES[0]!,
    date: new Date('2024-01-29T20:30:00Z'),
    lastmod: new Date('2024-02-15T00:00:00Z'),
    tags: ['الگوریتم', 'Git'],
    categories: ['برنامه‌نویسی'],
    authors: ['مریم'],
  });
  const data = articleJsonLd({
    post,
    url: 'https://example.org/posts/x/',
    imageUrl: 'https://example.org/og/x/image.jpg',
    siteName: 'سایت',
    siteUrl: 'https://example.org',
    defaultAuthor: 'نویسنده',
    language: 'fa',
  });

  it('describes the article as a BlogPosting', () => {
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      headline: post.title,
      datePublished: '2024-01-29T20:30:00.000Z',
      dateModified: '2024-02-15T00:00:00.000Z',
      author: [{ '@type': 'Person', name: 'مریم' }],
      image: ['https://example.org/og/x/image.jpg'],
      keywords: ['الگوریتم', 'Git', 'برنامه‌نویسی'],
      inLanguage: 'fa',
      mainEntityOfPage: { '@id': 'https://example.org/posts/x/' },
    });
  });

  it('falls back to the site author and the publication date', () => {
    const plain = articleJsonLd({
      post: postFixture(),
      url: 'u',
      imageUrl: 'i',
      siteName: 's',
      siteUrl: 'o',
      defaultAuthor: 'نویسنده',
      language: 'fa',
    });
    expect(plain.author).toEqual([{ '@type': 'Person', name: 'نویسنده' }]);
    expect(plain.dateModified).toBe(plain.datePublished);
  });

  it('survives serialisation with a hostile title', () => {
    expect(JSON.parse(serializeJsonLd(data)).headline).toBe(post.title);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the crumbs from 1', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'خانه', url: 'https://e.org/' },
        { name: 'نوشته', url: 'https://e.org/p/' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'خانه', item: 'https://e.org/' },
      { '@type': 'ListItem', position: 2, name: 'نوشته', item: 'https://e.org/p/' },
    ]);
  });
});
