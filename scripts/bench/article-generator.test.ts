import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/front-matter';
import { createRandom, generateArticles } from './article-generator';

describe('generateArticles', () => {
  it('gives the same files for the same seed, and different ones for another seed', () => {
    const first = generateArticles({ count: 40, seed: 7 });
    expect(generateArticles({ count: 40, seed: 7 })).toEqual(first);
    expect(generateArticles({ count: 40, seed: 8 })).not.toEqual(first);
  });

  it('writes one article per requested count, with valid front matter', () => {
    const articles = generateArticles({ count: 60, seed: 3 }).filter((file) => file.text !== undefined);
    expect(articles).toHaveLength(60);
    for (const article of articles) {
      const parsed = parseArticle(article.text!, article.path);
      expect(parsed.ok, article.path).toBe(true);
    }
  });

  it('mixes the shapes real articles have: bundles with covers, MDX, code, math, tables, series, ZWNJs', () => {
    const files = generateArticles({ count: 300, seed: 1 });
    const texts = files.flatMap((file) => (file.text ? [file.text] : []));
    const share = (test: (text: string) => boolean) => texts.filter(test).length / texts.length;
    expect(share((text) => text.includes('```'))).toBeGreaterThan(0.3);
    expect(share((text) => text.includes('$$'))).toBeGreaterThan(0.05);
    expect(share((text) => text.includes('| --- |'))).toBeGreaterThan(0.1);
    expect(share((text) => text.includes('series:'))).toBeGreaterThan(0.02);
    expect(share((text) => text.includes('\u200c'))).toBe(1);
    expect(files.filter((file) => file.path.endsWith('.mdx')).length).toBeGreaterThan(20);
    expect(files.filter((file) => file.cover).length).toBeGreaterThan(60);
  });

  it('draws tags from a long tail: a few tags are common, most are rare', () => {
    const counts = new Map<string, number>();
    for (const file of generateArticles({ count: 500, seed: 2 })) {
      const tags = /^tags: \[(.*)\]$/m.exec(file.text ?? '')?.[1];
      for (const tag of tags ? (JSON.parse(`[${tags}]`) as string[]) : []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(sorted[Math.floor(sorted.length / 2)]! * 3);
  });
});

describe('createRandom', () => {
  it('is reproducible and spread over [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((value) => value < 0.5).length).toBeGreaterThan(400);
  });
});
