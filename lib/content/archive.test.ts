import { describe, expect, it } from 'vitest';
import { groupByJalaliMonth } from './archive';

const post = (id: string, iso: string) => ({ id, date: new Date(iso) });
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('groupByJalaliMonth', () => {
  // Deliberately out of order: the archive sorts by itself.
  const posts = [
    post('esfand-1403-last-day', '2025-03-20'),
    post('bahman-1402', '2024-01-30'),
    post('farvardin-1404', '2025-03-21'),
    post('esfand-1403-early', '2025-02-20'),
    post('farvardin-1404-later', '2025-04-05'),
    post('dey-1402', '2023-12-25'),
    post('bahman-1402-later', '2024-02-10'),
  ];

  it('groups by Jalali year then month, newest first, with counts', () => {
    const years = groupByJalaliMonth(posts);
    expect(years.map(({ year, count }) => [year, count])).toEqual([
      [1404, 2],
      [1403, 2],
      [1402, 3],
    ]);
    expect(years.map((year) => year.months.map((month) => [month.month, month.label, ids(month.posts)]))).toEqual([
      [[1, 'فروردین ۱۴۰۴', ['farvardin-1404-later', 'farvardin-1404']]],
      [[12, 'اسفند ۱۴۰۳', ['esfand-1403-last-day', 'esfand-1403-early']]],
      [
        [11, 'بهمن ۱۴۰۲', ['bahman-1402-later', 'bahman-1402']],
        [10, 'دی ۱۴۰۲', ['dey-1402']],
      ],
    ]);
  });

  it("files an article by Iran's calendar day, not UTC's", () => {
    // 00:30 on Nowruz in Tehran, still 20 March in UTC.
    const [year] = groupByJalaliMonth([post('nowruz-night', '2025-03-20T21:00:00Z')]);
    expect(year?.year).toBe(1404);
    expect(year?.months[0]?.label).toBe('فروردین ۱۴۰۴');
    expect(groupByJalaliMonth([post('nowruz-night', '2025-03-20T21:00:00Z')], 'UTC')[0]?.year).toBe(1403);
  });

  it('is empty for no articles', () => {
    expect(groupByJalaliMonth([])).toEqual([]);
  });
});
