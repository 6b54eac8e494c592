import { afterEach, describe, expect, it } from 'vitest';
import { formatJalaliDate, formatJalaliMonthYear, toIsoDate } from './date';

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

  it('formats the whole UTC day identically (no shift near midnight)', () => {
    expect(formatJalaliDate(new Date(Date.UTC(2024, 0, 30, 0, 0)))).toBe('۱۰ بهمن ۱۴۰۲');
    expect(formatJalaliDate(new Date(Date.UTC(2024, 0, 30, 23, 30)))).toBe('۱۰ بهمن ۱۴۰۲');
  });

  it('throws RangeError on an invalid Date', () => {
    expect(() => formatJalaliDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('formatJalaliMonthYear', () => {
  it('puts the month before the year', () => {
    expect(formatJalaliMonthYear(new Date('2024-01-30'))).toBe('بهمن ۱۴۰۲');
    expect(formatJalaliMonthYear(new Date('2025-03-20'))).toBe('اسفند ۱۴۰۳');
    expect(formatJalaliMonthYear(new Date('2025-03-21'))).toBe('فروردین ۱۴۰۴');
  });

  it('formats months from other seasons', () => {
    expect(formatJalaliMonthYear(new Date('2024-06-21'))).toBe('تیر ۱۴۰۳');
    expect(formatJalaliMonthYear(new Date('2024-09-22'))).toBe('مهر ۱۴۰۳');
  });

  it('throws RangeError on an invalid Date', () => {
    expect(() => formatJalaliMonthYear(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('toIsoDate', () => {
  it('returns the UTC calendar date', () => {
    expect(toIsoDate(new Date('2024-01-30'))).toBe('2024-01-30');
    expect(toIsoDate(new Date(Date.UTC(2024, 0, 30, 23, 30)))).toBe('2024-01-30');
    expect(toIsoDate(new Date('2024-01-30T23:59:59.999Z'))).toBe('2024-01-30');
  });

  it('zero-pads month, day and year', () => {
    expect(toIsoDate(new Date(Date.UTC(2025, 2, 5)))).toBe('2025-03-05');
    const early = new Date(0);
    early.setUTCFullYear(987, 0, 1);
    expect(toIsoDate(early)).toBe('0987-01-01');
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

  it('does not shift a date-only value west of UTC (America/Los_Angeles)', () => {
    process.env.TZ = 'America/Los_Angeles';
    const date = new Date('2024-01-30');
    // Precondition: the local zone really is behind UTC here, otherwise the
    // assertions below would prove nothing.
    expect(date.getDate()).toBe(29);
    expect(formatJalaliDate(date)).toBe('۱۰ بهمن ۱۴۰۲');
    expect(formatJalaliMonthYear(date)).toBe('بهمن ۱۴۰۲');
    expect(toIsoDate(date)).toBe('2024-01-30');
  });

  it('does not shift a late-UTC time east of UTC (Asia/Tehran)', () => {
    process.env.TZ = 'Asia/Tehran';
    const date = new Date(Date.UTC(2024, 0, 30, 23, 30));
    expect(date.getDate()).toBe(31);
    expect(formatJalaliDate(date)).toBe('۱۰ بهمن ۱۴۰۲');
    expect(toIsoDate(date)).toBe('2024-01-30');
  });

  it('does not shift the last day of the year across the Nowruz boundary', () => {
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
    const date = new Date(Date.UTC(2025, 2, 20, 12, 0));
    expect(date.getDate()).toBe(21);
    expect(formatJalaliDate(date)).toBe('۳۰ اسفند ۱۴۰۳');
    expect(formatJalaliMonthYear(date)).toBe('اسفند ۱۴۰۳');
  });
});
