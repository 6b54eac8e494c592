import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRoot, removeRoots } from '@/lib/content/test-fixtures';
import { buildAtScaleSection, perArticleOutput } from './build-at-scale';
import { folderSizeMb } from './scale';

afterAll(removeRoots);

describe('the build at scale in the bench', () => {
  it('adds up what the output holds for one article, by kind of file', () => {
    const posts = 'server/app/posts';
    const root = makeRoot({
      [`${posts}/a.html`]: 'x'.repeat(2048),
      [`${posts}/a.rsc`]: 'x'.repeat(1024),
      [`${posts}/a.segments/_full.segment.rsc`]: 'x'.repeat(1024),
      [`${posts}/a.segments/posts/$d$slug/__PAGE__.segment.rsc`]: 'x'.repeat(512),
      [`${posts}/ab.html`]: 'x'.repeat(4096),
    });
    expect(perArticleOutput(root, 'a')).toEqual({ html: 2, rsc: 1, 'segments/_full.segment.rsc': 1, 'segments/__PAGE__.segment.rsc': 0.5 });
    expect(path.isAbsolute(root)).toBe(true);
  });

  it('reports the marginal cost per article from the first to the last size', () => {
    const row = (articles: number, cpuSeconds: number, outputMb: number) => ({
      articles,
      build: { wallSeconds: cpuSeconds / 2, cpuSeconds, peakMemoryMb: 1000, cpuByKind: { 'prerender worker': cpuSeconds - 10 } },
      outputMb,
      buildAtScale: { contentShare: { load: 0.01, compile: 0.2, searchText: 0.05 }, perArticleKb: { html: 90 }, rebuild: { wallSeconds: 5, cpuSeconds: cpuSeconds / 4 } },
    });
    const text = buildAtScaleSection([row(100, 30, 100), row(1000, 120, 550)]).join('\n');
    expect(text).toContain('Marginal cost per article (100 → 1000): 100 ms CPU, 50 ms wall;');
    expect(text).toContain('output 512 KB per article');
    expect(text).toContain('| 1000 | 60.0 | 120.0 | 1000 | 550 | 1 % | 20 % | 5 % | 5.0 | 30.0 | 0.25 |');
    expect(text).toContain('prerender worker 110.0');
  });

  it('puts our own work per article beside the cold build, as a share of its CPU', () => {
    const usage = (cpuSeconds: number) => ({ wallSeconds: cpuSeconds, cpuSeconds, peakMemoryMb: 200 });
    const articleCosts = { articles: 1000, loadMs: 1, bodyMs: 24, cardMs: 25, compiled: 1000, cardsDrawn: 1000 };
    const row = { articles: 1000, build: usage(200), outputMb: 400, buildAtScale: { contentShare: undefined, perArticleKb: {}, rebuild: usage(90), articleCosts } };
    const text = buildAtScaleSection([row]).join('\n');
    // (1 + 24 + 25) ms × 1,000 articles = 50 s of a 200 s build.
    expect(text).toContain('| 1000 | 1.0 | 24.0 | 25.0 | 50.0 | 25 % |');
    const { articleCosts: _costs, ...withoutCosts } = row.buildAtScale;
    expect(buildAtScaleSection([{ ...row, buildAtScale: withoutCosts }]).join('\n')).not.toContain('measured alone');
  });

  it('puts the site beside Hugo on the same articles as ratios of CPU time', () => {
    const usage = (cpuSeconds: number) => ({ wallSeconds: cpuSeconds, cpuSeconds, peakMemoryMb: 200 });
    const row = {
      articles: 1000,
      build: usage(200),
      outputMb: 400,
      buildAtScale: { contentShare: undefined, perArticleKb: {}, rebuild: usage(90), hugo: { version: 'hugo v0.111.3+extended linux/amd64', cold: usage(50), warm: usage(12) } },
    };
    const text = buildAtScaleSection([row]).join('\n');
    expect(text).toContain('(Hugo v0.111.3+extended, the theme in `bench/hugo/`');
    expect(text).toContain('| 1000 | 50.0 | 50.0 | 200 | 12.0 | ×4.0 | ×7.5 |');
    const { hugo: _hugo, ...withoutHugo } = row.buildAtScale;
    expect(buildAtScaleSection([{ ...row, buildAtScale: withoutHugo }]).join('\n')).toContain('Hugo beside the site: not measured');
  });

  it('weighs the output without the bundler cache beside it', () => {
    const root = makeRoot({
      'server/app/a.html': 'x'.repeat(1024 * 1024),
      'cache/turbopack/blob': 'x'.repeat(3 * 1024 * 1024),
      'server/cache/kept': 'x'.repeat(1024 * 1024),
    });
    expect(folderSizeMb(root)).toBe(5);
    // Only the top-level cache/ is the bundler's; a folder of that name deeper in is output.
    expect(folderSizeMb(root, ['cache'])).toBe(2);
  });
});
