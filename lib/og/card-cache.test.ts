import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRoot, removeRoots } from '@/lib/content/test-fixtures';
import { cachedCard, cardCounters, drawingVersion, type CardCache } from './card-cache';
import { vazirmatnFonts } from './cards';
import type { CardInput } from './render-card';

afterAll(removeRoots);

const input: CardInput = {
  title: 'مرتب‌سازی ادغامی',
  siteName: 'نوشته‌های فنی',
  footer: '۱۰ بهمن ۱۴۰۲',
  theme: 'light',
  fonts: vazirmatnFonts(),
};

/** A stand-in for the drawer that says what it drew, so a wrong card read back would show. */
const draw = async (card: CardInput) => Buffer.from(`card:${card.title}:${card.coverFile ?? ''}`);

function counting(cache: CardCache | undefined) {
  const before = { ...cardCounters };
  return {
    card: (card: CardInput) => cachedCard(card, draw, cache),
    since: () => ({ drawn: cardCounters.drawn - before.drawn, hits: cardCounters.hits - before.hits }),
  };
}

describe('social card cache', () => {
  it('draws a card once and reads it back in later builds', async () => {
    const cache = { dir: path.join(makeRoot(), 'og'), version: 'v1' };
    const run = counting(cache);
    const first = await run.card(input);
    const second = await run.card({ ...input });
    expect(second.toString()).toBe(first.toString());
    expect(run.since()).toEqual({ drawn: 1, hits: 1 });
  });

  it('draws again for another title, another drawer version or a changed cover', async () => {
    const root = makeRoot({ 'cover.jpg': 'one' });
    const dir = path.join(root, 'og');
    const cover = path.join(root, 'cover.jpg');
    const run = counting({ dir, version: 'v1' });
    await run.card({ ...input, coverFile: cover });
    expect((await run.card({ ...input, title: 'عنوان دیگر', coverFile: cover })).toString()).toBe(`card:عنوان دیگر:${cover}`);
    writeFileSync(cover, 'a new picture');
    utimesSync(cover, new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
    await run.card({ ...input, coverFile: cover });
    expect(run.since()).toEqual({ drawn: 3, hits: 0 });
    const other = counting({ dir, version: 'v2' });
    await other.card({ ...input, coverFile: cover });
    expect(other.since()).toEqual({ drawn: 1, hits: 0 });
  });

  it('draws every time without a cache', async () => {
    const run = counting(undefined);
    await run.card(input);
    await run.card(input);
    expect(run.since()).toEqual({ drawn: 2, hits: 0 });
  });

  it('has a version for the real drawing code', () => {
    expect(drawingVersion(process.cwd())).toMatch(/^[0-9a-f]{16}$/);
    expect(drawingVersion(makeRoot())).toBeUndefined();
  });
});
