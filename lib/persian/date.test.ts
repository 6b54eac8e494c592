import { afterEach, describe, expect, it } from 'vitest';
import { formatJalaliDate, jalaliYearMonth, toIsoDate, zonedDateTime } from './date';

describe('formatJalaliDate', () => {
  it.each([
    ['2024-01-30', '۱۰ بهمن ۱۴۰۲'],
    ['2025-03-20', '۳۰ اسفند ۱۴۰۳'], // last day of a leap year
    ['2025-03-21', '۱ فروردین ۱۴۰۴'], // Nowruz
    ['2024-03-19', '۲۹ اسفند ۱۴۰۲'], // last day of a common year
    ['2024-03-20', '۱ فروردین ۱۴۰۳'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatJalaliDate(new Date(iso))).toBe(expected);
  });

  it('shows the calendar day in Iran: a Hugo date with its +03:30 offset keeps its day', () => {
    // 01:00 in Tehran is still the evening before in UTC.
    const date = new Date('2024-01-30T01:00:00+03:30');
    expect(date.getUTCDate()).toBe(29);
    expect(formatJalaliDate(date)).toBe('۱۰ بهمن ۱۴۰۲');
    expect(toIsoDate(date)).toBe('2024-01-30');
  });

  it('takes another time zone when asked', () => {
    const date = new Date(Date.UTC(2024, 0, 30, 22, 0));
    expect(formatJalaliDate(date, 'UTC')).toBe('۱۰ بهمن ۱۴۰۲');
    expect(formatJalaliDate(date)).toBe('۱۱ بهمن ۱۴۰۲');
    expect(toIsoDate(date, 'UTC')).toBe('2024-01-30');
    expect(toIsoDate(date)).toBe('2024-01-31');
  });

  it('throws RangeError on an invalid Date', () => {
    expect(() => formatJalaliDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('toIsoDate', () => {
  it('returns the calendar date of a date-only value', () => {
    expect(toIsoDate(new Date('2024-01-30'))).toBe('2024-01-30');
    expect(toIsoDate(new Date('2024-01-30T20:29:59Z'))).toBe('2024-01-30');
  });

  it('zero-pads month, day and year', () => {
    expect(toIsoDate(new Date(Date.UTC(2025, 2, 5)))).toBe('2025-03-05');
    const early = new Date(0);
    early.setUTCFullYear(987, 0, 1);
    expect(toIsoDate(early, 'UTC')).toBe('0987-01-01');
  });

  it('throws RangeError on an invalid Date and on years HTML cannot express', () => {
    expect(() => toIsoDate(new Date('nope'))).toThrow(RangeError);
    const bc = new Date(0);
    bc.setUTCFullYear(-1, 0, 1);
    expect(() => toIsoDate(bc)).toThrow(RangeError);
  });
});

describe('independence from the process time zone', () => {
  const originalTz = process.env.TZ;

  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each(['America/Los_Angeles', 'UTC', 'Asia/Tehran', 'Pacific/Kiritimati'])('gives the same day with TZ=%s', (zone) => {
    process.env.TZ = zone;
    const date = new Date('2024-01-30');
    expect(formatJalaliDate(date)).toBe('۱۰ بهمن ۱۴۰۲');
    expect(toIsoDate(date)).toBe('2024-01-30');
    expect(formatJalaliDate(new Date(Date.UTC(2025, 2, 20, 12, 0)))).toBe('۳۰ اسفند ۱۴۰۳');
  });

  it('really ran in a zone west of UTC (so the test above can fail)', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date('2024-01-30').getDate()).toBe(29);
  });
});

describe('zonedDateTime', () => {
  it('reads a wall-clock time in Iran, summer time of old included', () => {
    expect(zonedDateTime('2024-01-30', '23:00:00').toISOString()).toBe('2024-01-30T19:30:00.000Z');
    expect(formatJalaliDate(zonedDateTime('2024-01-30', '23:00:00'))).toBe('۱۰ بهمن ۱۴۰۲');
    expect(zonedDateTime('2021-07-01', '10:00:00').toISOString()).toBe('2021-07-01T05:30:00.000Z');
    expect(zonedDateTime('2024-01-30', '10:00:00', 'UTC').toISOString()).toBe('2024-01-30T10:00:00.000Z');
  });
});

describe('jalaliYearMonth', () => {
  it.each([
    ['2025-03-20', 1403, 12, 'اسفند', 'اسفند ۱۴۰۳'], // last day of a leap year
    ['2025-03-21', 1404, 1, 'فروردین', 'فروردین ۱۴۰۴'], // Nowruz
    ['2024-01-30', 1402, 11, 'بهمن', 'بهمن ۱۴۰۲'],
    ['2024-09-22', 1403, 7, 'مهر', 'مهر ۱۴۰۳'],
    ['2024-12-21', 1403, 10, 'دی', 'دی ۱۴۰۳'],
  ])('%s -> %s/%s %s', (iso, year, month, monthName, label) => {
    expect(jalaliYearMonth(new Date(iso))).toEqual({ year, month, monthName, label });
  });

  it("uses Iran's clock: late on the last evening of Esfand in UTC is already Farvardin in Tehran", () => {
    const date = new Date('2025-03-20T21:00:00Z'); // 00:30 on 21 March in Tehran
    expect(jalaliYearMonth(date).label).toBe('فروردین ۱۴۰۴');
    expect(jalaliYearMonth(date, 'UTC').label).toBe('اسفند ۱۴۰۳');
  });

  it('rejects an invalid date', () => {
    expect(() => jalaliYearMonth(new Date('nope'))).toThrow(RangeError);
  });
});
