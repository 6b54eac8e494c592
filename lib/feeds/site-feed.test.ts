import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TITLES, postFixture } from '@/lib/content/post-fixture';
import { renderFeed, type FeedChannel, type FeedEntry } from './site-feed';

const channel: FeedChannel = {
  title: 'نوشته‌های فنی & <دوستان>',
  description: 'مقاله‌های فنی فارسی',
  pageUrl: 'https://example.org/',
  feedUrls: { rss: 'https://example.org/feed.xml', atom: 'https://example.org/atom.xml', json: 'https://example.org/feed.json' },
  language: 'fa',
  defaultAuthor: 'نویسنده',
  imageUrl: 'https://example.org/og/site.jpg',
  postUrl: (slug) => new URL(`/posts/${slug}/`, 'https://example.org').href,
};

const entries: FeedEntry[] = HOSTILE_TITLES.map((title, index) => ({
  post: postFixture({
    slug: `نوشته-${index}`,
    title,
    description: `خلاصهٔ ${title}`,
    date: new Date(Date.UTC(2024, 0, 30 - index)),
    tags: ['C++ & C#', 'مدل‌های زبانی'],
    authors: index === 0 ? ['مریم <م>', 'Ali & Co'] : [],
  }),
  html: `<p>متن ${index} با <a href="https://example.org/tags/x/">پیوند</a> و کد <code>a &lt; b &amp;&amp; ]]&gt;</code></p>`,
}));

describe.each(['rss', 'atom'] as const)('%s feed', (format) => {
  const xml = renderFeed(format, channel, entries);
  const feed = parseFeed(xml);

  it('declares the language and the channel', () => {
    if (format === 'rss') expect(xml).toContain('<language>fa</language>');
    expect(feed.language).toBe('fa');
    expect(feed.title).toBe(channel.title);
    expect(feed.url).toBe(channel.pageUrl);
  });

  it('round-trips hostile titles and summaries exactly', () => {
    expect(feed.items.map((item) => item.title)).toEqual(entries.map(({ post }) => post.title));
    expect(feed.items.map((item) => item.description)).toEqual(entries.map(({ post }) => post.description));
  });

  it('carries the full HTML, absolute links and tags of every article', () => {
    expect(feed.items.map((item) => item.url)).toEqual(entries.map(({ post }) => channel.postUrl(post.slug)));
    expect(feed.items[1]!.content).toContain('<a href="https://example.org/tags/x/">پیوند</a>');
    expect(feed.items[1]!.content).toContain('<code>');
    expect(feed.items[1]!.categories.map((category) => category.label ?? category.term)).toEqual(['C++ & C#', 'مدل‌های زبانی']);
    expect(feed.items[0]!.authors.map((author) => author.name)).toEqual(['مریم <م>', 'Ali & Co']);
    expect(feed.items[1]!.authors.map((author) => author.name)).toEqual(['نویسنده']);
    // RSS's <author> is for e-mail addresses; names are Dublin Core creators.
    if (format === 'rss') expect(xml).not.toContain('<author>');
  });

  it('dates the feed by its newest change, so an unchanged rebuild is byte-identical', () => {
    expect(feed.updated?.toISOString()).toBe('2024-01-30T00:00:00.000Z');
    expect(renderFeed(format, channel, entries)).toBe(xml);
  });
});

describe('JSON feed', () => {
  const json = JSON.parse(renderFeed('json', channel, entries));

  it('is JSON Feed 1.1 with the language', () => {
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('fa');
    expect(json.feed_url).toBe('https://example.org/feed.json');
  });

  it('keeps titles as plain text and the HTML as HTML', () => {
    expect(json.items.map((item: { title: string }) => item.title)).toEqual(entries.map(({ post }) => post.title));
    expect(json.items[0].content_html).toBe(`<div lang="fa" dir="rtl">${entries[0]!.html}</div>`);
    expect(json.items[0].authors).toEqual([{ name: 'مریم <م>' }, { name: 'Ali & Co' }]);
    expect(json.items[1].authors).toEqual([{ name: 'نویسنده' }]);
  });
});

describe('an English article in the Persian feed', () => {
  const english: FeedEntry = {
    post: postFixture({ slug: 'bidi', title: 'Bidi-safe Markdown', lang: 'en' }),
    html: '<p>Hello <code>x</code></p>',
  };
  const persian: FeedEntry = { post: postFixture({ slug: 'fa' }), html: '<p>متن فارسی</p>' };

  it.each(['rss', 'atom'] as const)('%s: its content is marked left to right in English, Persian content right to left', (format) => {
    const items = parseFeed(renderFeed(format, channel, [english, persian])).items;
    expect(items[0]!.content).toBe('<div lang="en" dir="ltr"><p>Hello <code>x</code></p></div>');
    expect(items[1]!.content).toBe('<div lang="fa" dir="rtl"><p>متن فارسی</p></div>');
  });

  it('JSON Feed: the item names its language too', () => {
    const json = JSON.parse(renderFeed('json', channel, [english, persian]));
    expect(json.items[0].language).toBe('en');
    expect(json.items[0].content_html).toBe('<div lang="en" dir="ltr"><p>Hello <code>x</code></p></div>');
    expect(json.items[1].language).toBeUndefined();
  });
});
