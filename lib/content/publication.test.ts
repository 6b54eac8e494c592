import { afterAll, describe, expect, it } from 'vitest';
import { contentPaths, readAllPosts } from './loader';
import { publicationClock, publicationStatus } from './publication';
import { article, makeRoot, removeRoots } from './test-fixtures';

afterAll(removeRoots);

/** The date as the loader reads it from front matter (a bare time is Iran's clock). */
function dateFromFrontMatter(written: string): Date {
  const root = makeRoot({ 'content/posts/x.md': article(`title: t\ndate: ${written}`) });
  return readAllPosts(contentPaths(root))[0]!.date;
}

describe('publicationStatus', () => {
  const at = (iso: string) => new Date(iso);

  it('publishes an article dated before (or exactly at) the clock', () => {
    const date = at('2024-01-30T00:00:00Z');
    expect(publicationStatus({ draft: false, date }, at('2024-02-01T00:00:00Z'))).toBe('published');
    expect(publicationStatus({ draft: false, date }, date)).toBe('published');
  });

  it('schedules an article dated after the clock, down to the millisecond', () => {
    const date = at('2030-01-01T04:30:00Z');
    expect(publicationStatus({ draft: false, date }, at('2030-01-01T04:29:59.999Z'))).toBe('scheduled');
    expect(publicationStatus({ draft: false, date }, at('2030-01-01T04:30:00.000Z'))).toBe('published');
  });

  it('keeps a draft a draft, whatever its date', () => {
    expect(publicationStatus({ draft: true, date: at('2020-01-01T00:00:00Z') }, at('2024-01-01T00:00:00Z'))).toBe('draft');
    expect(publicationStatus({ draft: true, date: at('2099-01-01T00:00:00Z') }, at('2024-01-01T00:00:00Z'))).toBe('draft');
  });

  it('reads `2030-01-01 08:00` (no offset) on Iran\'s clock: out at 04:30 UTC, not at 08:00 UTC', () => {
    const date = dateFromFrontMatter('2030-01-01 08:00');
    expect(date.toISOString()).toBe('2030-01-01T04:30:00.000Z');
    // 07:59 in Tehran: not yet.
    expect(publicationStatus({ draft: false, date }, at('2030-01-01T04:29:00Z'))).toBe('scheduled');
    // 08:00 in Tehran, while it is only 04:30 in UTC (and 08:00 UTC has not come yet).
    expect(publicationStatus({ draft: false, date }, at('2030-01-01T04:30:00Z'))).toBe('published');
    // An offset written out wins: 08:00 UTC is 11:30 in Tehran.
    const utc = dateFromFrontMatter('2030-01-01T08:00:00Z');
    expect(publicationStatus({ draft: false, date: utc }, at('2030-01-01T04:30:00Z'))).toBe('scheduled');
  });

  it('reads a bare date as the start of that UTC day (03:30 in Tehran), the same Jalali day', () => {
    const date = dateFromFrontMatter('2030-01-01');
    expect(publicationStatus({ draft: false, date }, at('2029-12-31T23:59:59Z'))).toBe('scheduled');
    expect(publicationStatus({ draft: false, date }, at('2030-01-01T00:00:00Z'))).toBe('published');
  });
});

describe('publicationClock', () => {
  it('is the instant pinned in BUILD_TIME', () => {
    expect(publicationClock({ BUILD_TIME: '2030-01-01T04:30:00.000Z' }).toISOString()).toBe('2030-01-01T04:30:00.000Z');
  });

  it('is the live clock without BUILD_TIME', () => {
    const before = Date.now();
    const now = publicationClock({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('refuses a BUILD_TIME that is not a date rather than publishing everything or nothing', () => {
    expect(() => publicationClock({ BUILD_TIME: 'tomorrow' })).toThrow(/BUILD_TIME «tomorrow» is not a date/);
  });
});
