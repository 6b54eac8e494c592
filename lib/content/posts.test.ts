import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { shouldShowDrafts } from '@/lib/site';
import { slugify } from '@/lib/persian/slug';
import { loadAllPosts, type Post } from './loader';
import {
  decodeRouteParam,
  getAdjacentPosts,
  getAllTags,
  getPostBySlug,
  getPostsByTag,
  getPublishedPosts,
  getRelatedPosts,
  getSeriesPosts,
} from './posts';
import { article, makeRoot, removeRoots } from './test-fixtures';

afterAll(removeRoots);
afterEach(() => {
  vi.unstubAllEnvs();
});

const ZWNJ = '\u200C';
let root: string;
let posts: Post[];
const bySlug = (slug: string) => posts.find((post) => post.slug === slug)!;
const slugs = (list: Post[]) => list.map((post) => post.slug);

beforeAll(() => {
  const post = (title: string, date: string, extra = '') => article(`title: ${title}\ndate: ${date}${extra ? `\n${extra}` : ''}`);
  root = makeRoot({
    // Newest first: go-3, go-1, py, go-2, js, draft-new is a draft, old has no tags.
    'content/posts/go-1/index.md': post('گو ۱', '2024-03-01', 'series: [آموزش گو]\ntags: [گو, برنامه‌نویسی, همروندی]'),
    'content/posts/go-2/index.md': post('گو ۲', '2024-01-15', 'series: آموزش گو\ntags: [گو, همروندی]'),
    'content/posts/go-3/index.md': post('گو ۳', '2024-05-10', 'series: [آموزش گو]\ntags: [گو]'),
    'content/posts/py.md': post('پایتون', '2024-02-01', 'tags: [پایتون, برنامه‌نویسی]'),
    'content/posts/js.md': post('جاوااسکریپت', '2023-12-01', 'tags: [Node.js, برنامه‌نویسی, همروندی]'),
    [`content/posts/روش${ZWNJ}ها/index.md`]: post('روش‌ها', '2023-06-01', `tags: [روش${ZWNJ}ها]`),
    'content/posts/draft-new.md': post('پیش‌نویس', '2024-06-01', 'draft: true\ntags: [گو]'),
    'content/posts/old.md': post('قدیمی', '2020-01-01'),
  });
  posts = loadAllPosts(root);
});

describe('decodeRouteParam', () => {
  it('decodes a percent-encoded Persian slug to NFC text', () => {
    expect(decodeRouteParam(encodeURIComponent('روش-ها'))).toBe('روش-ها');
    // «آموزش» percent-encoded in decomposed form (ا + U+0653).
    expect(decodeRouteParam(encodeURIComponent('\u0627\u0653موزش'))).toBe('\u0622موزش');
  });

  it('passes already decoded text through (NFC)', () => {
    expect(decodeRouteParam('روش-ها')).toBe('روش-ها');
    expect(decodeRouteParam('\u0627\u0653موزش')).toBe('\u0622موزش');
    expect(decodeRouteParam('plain-ascii')).toBe('plain-ascii');
  });

  it('does not throw on a `%` that is not an escape', () => {
    expect(decodeRouteParam('۵۰%-تخفیف')).toBe('۵۰%-تخفیف');
    expect(decodeRouteParam('100%')).toBe('100%');
    // Looks like an escape but is not valid UTF-8: kept as written.
    expect(decodeRouteParam('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodeRouteParam('%D8')).toBe('%D8');
  });

  it('decodes exactly once', () => {
    expect(decodeRouteParam('50%2525')).toBe('50%25');
  });
});

describe('shouldShowDrafts', () => {
  it('hides drafts in a production build', () => {
    expect(shouldShowDrafts({ NODE_ENV: 'production' })).toBe(false);
    expect(shouldShowDrafts({ NODE_ENV: 'test' })).toBe(false);
  });

  it('shows drafts in `next dev`, preview deployments and when SHOW_DRAFTS is on', () => {
    expect(shouldShowDrafts({ NODE_ENV: 'development' })).toBe(true);
    expect(shouldShowDrafts({ NODE_ENV: 'production', VERCEL_ENV: 'preview' })).toBe(true);
    expect(shouldShowDrafts({ NODE_ENV: 'production', CONTEXT: 'deploy-preview' })).toBe(true);
    expect(shouldShowDrafts({ NODE_ENV: 'production', SHOW_DRAFTS: '1' })).toBe(true);
    expect(shouldShowDrafts({ NODE_ENV: 'production', SHOW_DRAFTS: 'true' })).toBe(true);
  });

  it('lets SHOW_DRAFTS=0 hide drafts even in development and previews', () => {
    expect(shouldShowDrafts({ NODE_ENV: 'development', SHOW_DRAFTS: '0' })).toBe(false);
    expect(shouldShowDrafts({ NODE_ENV: 'production', VERCEL_ENV: 'preview', SHOW_DRAFTS: 'false' })).toBe(false);
    expect(shouldShowDrafts({ NODE_ENV: 'production', VERCEL_ENV: 'production' })).toBe(false);
  });
});

describe('getPublishedPosts and getPostBySlug', () => {
  it('leaves drafts out unless drafts are shown', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SHOW_DRAFTS', '');
    vi.stubEnv('VERCEL_ENV', '');
    vi.stubEnv('CONTEXT', '');
    expect(slugs(getPublishedPosts(root))).toEqual(['go-3', 'go-1', 'py', 'go-2', 'js', 'روش-ها', 'old']);
    vi.stubEnv('SHOW_DRAFTS', '1');
    expect(slugs(getPublishedPosts(root))).toEqual(['draft-new', 'go-3', 'go-1', 'py', 'go-2', 'js', 'روش-ها', 'old']);
  });

  it('hands out the same list for the same articles and clock, and a new one when the clock moves', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SHOW_DRAFTS', '0');
    const now = new Date('2026-01-01T00:00:00Z');
    const first = getPublishedPosts(root, now);
    // Downstream memos (the search index for its routes) key on this list: it must be one object.
    expect(getPublishedPosts(root, new Date(now))).toBe(first);
    const later = getPublishedPosts(root, new Date('2026-01-02T00:00:00Z'));
    expect(later).not.toBe(first);
    expect(later).toEqual(first);
  });

  it('finds a post by a percent-encoded or decoded slug, never a hidden draft', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SHOW_DRAFTS', '0');
    expect(getPostBySlug(encodeURIComponent('روش-ها'), root)?.title).toBe('روش‌ها');
    expect(getPostBySlug('روش-ها', root)?.title).toBe('روش‌ها');
    expect(getPostBySlug('py', root)?.title).toBe('پایتون');
    expect(getPostBySlug('draft-new', root)).toBeUndefined();
    expect(getPostBySlug('nope', root)).toBeUndefined();
  });
});

describe('schedules: the clock decides, on Iran\'s time', () => {
  let scheduleRoot: string;
  const hideDrafts = () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SHOW_DRAFTS', '');
    vi.stubEnv('VERCEL_ENV', '');
    vi.stubEnv('CONTEXT', '');
  };
  // 08:00 in Tehran on 1 January 2030 is 04:30 UTC.
  const beforeTime = new Date('2030-01-01T04:29:59Z');
  const atTime = new Date('2030-01-01T04:30:00Z');

  beforeAll(() => {
    scheduleRoot = makeRoot({
      'content/posts/old.md': article('title: منتشرشده\ndate: 2024-01-01\ntags: [گو]'),
      'content/posts/soon.md': article('title: زمان‌بندی‌شده\ndate: 2030-01-01 08:00\ntags: [گو, آینده]\nseries: آینده'),
      'content/posts/wip.md': article('title: پیش‌نویس\ndate: 2020-01-01\ndraft: true\ntags: [گو, نیمه‌کاره]'),
    });
  });

  it('leaves a scheduled article out before its time, from every list derived from the gate', () => {
    hideDrafts();
    const published = getPublishedPosts(scheduleRoot, beforeTime);
    expect(slugs(published)).toEqual(['old']);
    expect(getPostBySlug('soon', scheduleRoot, beforeTime)).toBeUndefined();
    expect(getAllTags(published).map((tag) => tag.name)).toEqual(['گو']);
    expect(getPostsByTag('گو', published).map((post) => post.slug)).toEqual(['old']);
    const old = published[0]!;
    expect(getAdjacentPosts(old, published)).toEqual({ newer: undefined, older: undefined });
    expect(getRelatedPosts(old, 3, published)).toEqual([]);
  });

  it('publishes it in the first build at or after its time', () => {
    hideDrafts();
    expect(slugs(getPublishedPosts(scheduleRoot, atTime))).toEqual(['soon', 'old']);
    expect(getPostBySlug('soon', scheduleRoot, atTime)?.title).toBe('زمان‌بندی‌شده');
  });

  it('never publishes a draft, however late the clock', () => {
    hideDrafts();
    expect(slugs(getPublishedPosts(scheduleRoot, new Date('2100-01-01T00:00:00Z')))).not.toContain('wip');
  });

  it('takes the clock from BUILD_TIME (pinned by next.config.ts for a build) when none is given', () => {
    hideDrafts();
    vi.stubEnv('BUILD_TIME', beforeTime.toISOString());
    expect(slugs(getPublishedPosts(scheduleRoot))).toEqual(['old']);
    vi.stubEnv('BUILD_TIME', atTime.toISOString());
    expect(slugs(getPublishedPosts(scheduleRoot))).toEqual(['soon', 'old']);
  });

  it('shows drafts and scheduled articles where editors preview, whatever the clock', () => {
    hideDrafts();
    vi.stubEnv('SHOW_DRAFTS', '1');
    expect(slugs(getPublishedPosts(scheduleRoot, beforeTime))).toEqual(['soon', 'old', 'wip']);
    vi.stubEnv('SHOW_DRAFTS', '');
    vi.stubEnv('NODE_ENV', 'development');
    expect(getPostBySlug('wip', scheduleRoot, beforeTime)?.draft).toBe(true);
    expect(getPostBySlug('soon', scheduleRoot, beforeTime)?.title).toBe('زمان‌بندی‌شده');
  });
});

describe('tags', () => {
  it('counts each tag, most used first, then by name', () => {
    const published = posts.filter((post) => !post.draft);
    expect(getAllTags(published)).toEqual([
      { name: 'برنامه‌نویسی', slug: 'برنامه-نویسی', count: 3 },
      { name: 'گو', slug: 'گو', count: 3 },
      { name: 'همروندی', slug: 'همروندی', count: 3 },
      { name: 'پایتون', slug: 'پایتون', count: 1 },
      { name: `روش${ZWNJ}ها`, slug: 'روش-ها', count: 1 },
      { name: 'Node.js', slug: 'nodejs', count: 1 },
    ]);
  });

  it('finds the posts of a tag by its (possibly encoded) slug', () => {
    expect(slugs(getPostsByTag('nodejs', posts))).toEqual(['js']);
    expect(slugs(getPostsByTag(encodeURIComponent('برنامه-نویسی'), posts))).toEqual(['go-1', 'py', 'js']);
    expect(slugs(getPostsByTag('روش-ها', posts))).toEqual(['روش-ها']);
    expect(getPostsByTag('unknown', posts)).toEqual([]);
  });
});

describe('getRelatedPosts', () => {
  it('ranks by the number of shared tags, then newest, excluding the post itself', () => {
    // go-1 has گو, برنامه‌نویسی, همروندی: go-2 and js share 2, go-3/py/draft-new share 1.
    expect(slugs(getRelatedPosts(bySlug('go-1'), 10, posts))).toEqual(['go-2', 'js', 'draft-new', 'go-3', 'py']);
  });

  it('stops at the limit and leaves out posts without a shared tag', () => {
    expect(slugs(getRelatedPosts(bySlug('go-1'), 2, posts))).toEqual(['go-2', 'js']);
    expect(getRelatedPosts(bySlug('old'), 3, posts)).toEqual([]);
    expect(slugs(getRelatedPosts(bySlug('py'), 3, posts))).toEqual(['go-1', 'js']);
  });

  it('counts two spellings of one tag once', () => {
    const list = [
      archivePost('a', '2024-01-03', [`روش${ZWNJ}ها`, 'روش ها']),
      archivePost('b', '2024-01-02', ['روش ها', 'گو']),
      archivePost('c', '2024-01-01', [`روش${ZWNJ}ها`, 'گو']),
    ];
    // c shares two distinct tags with b; a shares one with each however it spells it.
    expect(slugs(getRelatedPosts(list[1]!, 5, list))).toEqual(['c', 'a']);
    expect(slugs(getRelatedPosts(list[0]!, 5, list))).toEqual(['b', 'c']);
  });

  it('gives what a scan of the whole list gives, on an archive of 400 articles', { timeout: 30_000 }, () => {
    // Few tags, many shared, equal dates: every rule of the order is exercised.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const list = Array.from({ length: 400 }, (_, index) =>
      archivePost(
        `p${index}`,
        `2024-0${1 + next(3)}-0${1 + next(3)}`,
        Array.from({ length: next(4) }, () => `برچسب ${next(12)}`),
      ),
    );
    for (const limit of [1, 6, 500]) {
      for (const post of list) expect(slugs(getRelatedPosts(post, limit, list))).toEqual(slugs(relatedByScan(post, limit, list)));
    }
  });
});

/** The related articles as the definition reads: every other article, by distinct shared tags, newest, then list order. */
function relatedByScan(post: Post, limit: number, list: Post[]): Post[] {
  const own = new Set(post.tags.map(slugify));
  return list
    .filter((candidate) => candidate.slug !== post.slug)
    .map((candidate) => ({ candidate, shared: new Set(candidate.tags.map(slugify).filter((tag) => own.has(tag))).size }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.candidate.date.getTime() - a.candidate.date.getTime())
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** The fields the archive's links read, for lists made in memory. */
function archivePost(slug: string, date: string, tags: string[]): Post {
  return { slug, date: new Date(date), tags, categories: [], series: undefined } as unknown as Post;
}

describe('getSeriesPosts', () => {
  it('lists every part of the series oldest first, the post itself included', () => {
    expect(slugs(getSeriesPosts(bySlug('go-3'), posts))).toEqual(['go-2', 'go-1', 'go-3']);
    expect(slugs(getSeriesPosts(bySlug('go-2'), posts))).toEqual(['go-2', 'go-1', 'go-3']);
  });

  it('is empty for a post outside any series', () => {
    expect(getSeriesPosts(bySlug('py'), posts)).toEqual([]);
  });
});

describe('getAdjacentPosts', () => {
  it('gives the newer and older neighbours of a newest-first list', () => {
    const list = posts.filter((post) => !post.draft);
    expect(slugs(list)).toEqual(['go-3', 'go-1', 'py', 'go-2', 'js', 'روش-ها', 'old']);
    const { newer, older } = getAdjacentPosts(bySlug('py'), list);
    expect([newer?.slug, older?.slug]).toEqual(['go-1', 'go-2']);
  });

  it('has no newer neighbour for the newest, no older for the oldest, nothing for an unknown post', () => {
    const list = posts.filter((post) => !post.draft);
    expect(getAdjacentPosts(bySlug('go-3'), list)).toEqual({ newer: undefined, older: bySlug('go-1') });
    expect(getAdjacentPosts(bySlug('old'), list)).toEqual({ newer: bySlug('روش-ها'), older: undefined });
    expect(getAdjacentPosts(bySlug('draft-new'), list)).toEqual({});
  });
});

