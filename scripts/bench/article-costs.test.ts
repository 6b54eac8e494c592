import { afterAll, describe, expect, it } from 'vitest';
import { makeRoot, removeRoots } from '@/lib/content/test-fixtures';
import { writeGeneratedContent } from '../generate-articles';
import { measureArticleCosts } from './article-costs';

afterAll(removeRoots);

describe('our own work per article, measured alone', () => {
  it('compiles every generated article and draws every card once, from no cache, and times each', async () => {
    const contentDir = makeRoot({});
    await writeGeneratedContent(contentDir, 3, 7);
    const costs = measureArticleCosts(contentDir);
    expect(costs.articles).toBe(3);
    expect([costs.compiled, costs.cardsDrawn]).toEqual([3, 3]);
    for (const milliseconds of [costs.loadMs, costs.bodyMs, costs.cardMs]) expect(milliseconds).toBeGreaterThan(0);
  }, 120_000);
});
