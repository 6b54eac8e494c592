import { describe, expect, it } from 'vitest';
import { formatJalaliYear } from './jalali-year';

describe('formatJalaliYear', () => {
  it('gives the Jalali year in Persian digits, turning at Nowruz on Iran’s clock', () => {
    expect(formatJalaliYear(new Date('2026-12-01T00:00:00Z'))).toBe('۱۴۰۵');
    expect(formatJalaliYear(new Date('2025-03-20T12:00:00Z'))).toBe('۱۴۰۳');
    expect(formatJalaliYear(new Date('2025-03-21T12:00:00Z'))).toBe('۱۴۰۴');
    // 23:00 on 20 March UTC is already 21 March (1 Farvardin) in Tehran.
    expect(formatJalaliYear(new Date('2025-03-20T21:00:00Z'))).toBe('۱۴۰۴');
  });
});
