import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllPosts, type Post } from './loader';
import { findTerm, getPostsByTerm, getSeriesParts, getTerms } from './posts';
import { article, makeRoot, removeRoots } from './test-fixtures';

afterAll(removeRoots);

const ZWNJ = '\u200C';
let posts: Post[];
const slugs = (list: Post[]) => list.map((post) => post.slug);

beforeAll(() => {
  const post = (date: string, extra: string) => article(`title: نوشتهٔ ${date}\ndate: ${date}\n${extra}`);
  const root = makeRoot({
    // Newest first: c, b, a, d.
    'content/posts/a.md': post('2024-01-10', `categories: [برنامه${ZWNJ}نویسی]\nseries: مبانی الگوریتم`),
    'content/posts/b.md': post('2024-02-10', `categories: [برنامه${ZWNJ}نویسی, هوش مصنوعی]\nseries: مبانی الگوریتم`),
    'content/posts/c.md': post('2024-03-10', `categories: [هوش مصنوعی, هوش${ZWNJ}مصنوعی]\nseries: [مبانی الگوریتم]`),
    'content/posts/d.md': post('2023-12-01', 'tags: [Git]'),
  });
  posts = loadAllPosts(root);
});

describe('getTerms', () => {
  it('groups categories like tags: counts, most used first, ZWNJ kept in the name and `-` in the slug', () => {
    expect(getTerms('categories', posts)).toEqual([
      { name: `برنامه${ZWNJ}نویسی`, slug: 'برنامه-نویسی', count: 2 },
      { name: 'هوش مصنوعی', slug: 'هوش-مصنوعی', count: 2 },
    ]);
  });

  it('counts a term once per article even when the article spells it twice', () => {
    expect(getTerms('categories', posts).find((term) => term.slug === 'هوش-مصنوعی')?.count).toBe(2);
  });

  it('treats each series as a term', () => {
    expect(getTerms('series', posts)).toEqual([{ name: 'مبانی الگوریتم', slug: 'مبانی-الگوریتم', count: 3 }]);
    expect(getTerms('tags', posts)).toEqual([{ name: 'Git', slug: 'git', count: 1 }]);
  });
});

describe('findTerm and getPostsByTerm', () => {
  it('find a term and its articles, newest first, by a decoded or percent-encoded slug', () => {
    expect(findTerm('categories', encodeURIComponent('برنامه-نویسی'), posts)?.name).toBe(`برنامه${ZWNJ}نویسی`);
    expect(slugs(getPostsByTerm('categories', encodeURIComponent('هوش-مصنوعی'), posts))).toEqual(['c', 'b']);
    expect(slugs(getPostsByTerm('categories', 'برنامه-نویسی', posts))).toEqual(['b', 'a']);
  });

  it('keep taxonomies apart and know no unknown term', () => {
    expect(findTerm('tags', 'برنامه-نویسی', posts)).toBeUndefined();
    expect(findTerm('categories', 'nope', posts)).toBeUndefined();
    expect(getPostsByTerm('series', 'git', posts)).toEqual([]);
  });
});

describe('getSeriesParts', () => {
  it('lists a series part 1 (oldest) first', () => {
    expect(slugs(getSeriesParts('مبانی-الگوریتم', posts))).toEqual(['a', 'b', 'c']);
    expect(slugs(getSeriesParts(encodeURIComponent('مبانی-الگوریتم'), posts))).toEqual(['a', 'b', 'c']);
  });
});
