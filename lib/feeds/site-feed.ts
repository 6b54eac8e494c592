import { Feed } from 'feed';
import { textDirection } from '@/lib/content/language';
import type { Post } from '@/lib/content/posts';

/** An article as a feed carries it: the post and its full body as HTML with absolute URLs. */
export interface FeedEntry {
  post: Post;
  html: string;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed mirrors (home, a tag page). */
  pageUrl: string;
  /** Absolute URLs of the feed in each format it is published in. */
  feedUrls: { rss?: string; atom?: string; json?: string };
  language: string;
  /** Used when an article names no author. */
  defaultAuthor: string;
  /** Absolute URL of the site's image (feed logo). */
  imageUrl?: string;
  /** Absolute URL of an article from its slug. */
  postUrl: (slug: string) => string;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_MEDIA_TYPES: Readonly<Record<FeedFormat, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/**
 * One feed in any of the three formats. In RSS and Atom, titles and summaries are HTML (Atom
 * says so with `type="html"`; RSS readers treat them so), and the `feed` package wraps them in
 * CDATA without escaping. It also mishandles a second `]]>` inside CDATA. So they are escaped
 * as HTML here: no title can then close the CDATA section or inject markup. JSON Feed's
 * `title` and `summary` are plain text and are left as written.
 */
export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: FeedEntry[]): string {
  const asHtml = format === 'json' ? (text: string) => text : escapeHtml;
  const feed = new Feed({
    id: channel.pageUrl,
    link: channel.pageUrl,
    title: channel.title,
    description: channel.description,
    language: channel.language,
    // The newest change among the entries, not the build time: a rebuild without new
    // content gives the same feed, so readers see nothing new.
    updated: latestChange(entries),
    image: channel.imageUrl,
    copyright: '',
    generator: false,
    feedLinks: channel.feedUrls,
  });
  for (const { post, html } of entries) {
    const url = channel.postUrl(post.slug);
    feed.addItem({
      id: url,
      link: url,
      title: asHtml(post.title),
      description: asHtml(post.description),
      content: inItsLanguage(html, post),
      date: post.lastmod ?? post.date,
      published: post.date,
      // RSS's <author> must be an e-mail address; names go in Dublin Core's <dc:creator>.
      ...(format === 'rss'
        ? { extensions: [{ name: 'dc:creator', objects: asRepeatedElements(authorsOf(post, channel)) }] }
        : { author: authorsOf(post, channel).map((name) => ({ name })) }),
      category: post.tags.map((tag) => ({ name: tag, term: tag })),
    });
  }
  if (format === 'rss') return feed.rss2();
  // The package has no language option for Atom, whose way is `xml:lang` on the root.
  if (format === 'atom') return escapeCategoryBrackets(feed.atom1().replace('<feed ', `<feed xml:lang="${escapeHtml(channel.language)}" `));
  return upgradeJsonFeed(
    feed.json1(),
    channel,
    entries.map(({ post }) => post),
  );
}

/**
 * Every article's body is wrapped in its language and direction: many feed readers ignore the
 * feed's language, and would set a Persian body left to right, its full stops at the wrong end;
 * an English article in the Persian feed is marked left to right.
 */
function inItsLanguage(html: string, post: Post): string {
  return `<div lang="${post.lang}" dir="${textDirection(post.lang)}">${html}</div>`;
}

/**
 * The package writes JSON Feed 1.0 with one author per item; 1.1 adds the `language` readers
 * need for right-to-left text and lists every author.
 */
function upgradeJsonFeed(json: string, channel: FeedChannel, posts: Post[]): string {
  const { version: _version, ...feed } = JSON.parse(json) as { version: string; items: { author?: unknown }[] };
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    language: channel.language,
    ...feed,
    items: feed.items.map(({ author: _author, ...item }, index) => {
      const post = posts[index]!;
      return {
        ...item,
        // 1.1's per-item language, for an article not in the feed's language.
        ...(post.lang === channel.language ? {} : { language: post.lang }),
        authors: authorsOf(post, channel).map((name) => ({ name })),
      };
    }),
  });
}

/** The package hands extensions to xml-js, which writes an array as repeated elements. */
function asRepeatedElements(texts: string[]): Record<string, unknown> {
  return texts.map((text) => ({ _text: text })) as unknown as Record<string, unknown>;
}

function authorsOf(post: Post, channel: FeedChannel): string[] {
  return post.authors.length > 0 ? post.authors : [channel.defaultAuthor];
}

function latestChange(entries: FeedEntry[]): Date | undefined {
  const times = entries.map(({ post }) => (post.lastmod ?? post.date).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : undefined;
}

/**
 * Atom names a category in attributes (`<category term="…"/>`), where the package escapes `&`
 * and xml-js `"`, but neither `<`: a tag such as `<b>` or `</script>` made the whole feed
 * malformed XML, which strict feed readers refuse. Escaped here, in those attributes only.
 */
function escapeCategoryBrackets(xml: string): string {
  return xml.replace(/<category\b[\s\S]*?"\/>/g, (element) =>
    element.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`),
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
