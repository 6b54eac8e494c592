import { describe, expect, it } from 'vitest';
import { formatPersianNumber, toAsciiDigits, toPersianDigits } from './digits';

describe('toPersianDigits', () => {
  it('converts every ASCII digit to U+06F0-U+06F9', () => {
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(toPersianDigits('0123456789')).toBe('\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9');
  });

  it('converts every Arabic-Indic digit to the Persian digit', () => {
    expect(toPersianDigits('٠١٢٣٤٥٦٧٨٩')).toBe('۰۱۲۳۴۵۶۷۸۹');
  });

  it('accepts numbers', () => {
    expect(toPersianDigits(0)).toBe('۰');
    expect(toPersianDigits(1402)).toBe('۱۴۰۲');
    expect(toPersianDigits(-7)).toBe('-۷');
  });

  it('only swaps digits: no grouping, separators stay as given', () => {
    expect(toPersianDigits(1234567)).toBe('۱۲۳۴۵۶۷');
    expect(toPersianDigits(2.5)).toBe('۲.۵');
  });

  it('converts digits inside Persian UI strings', () => {
    expect(toPersianDigits('صفحه 3 از 12')).toBe('صفحه ۳ از ۱۲');
    expect(toPersianDigits('۳ مقاله')).toBe('۳ مقاله');
  });

  it('leaves non-digit text, including ZWNJ, untouched', () => {
    expect(toPersianDigits('نوشته\u200Cها')).toBe('نوشته\u200Cها');
  });

  it('returns an empty string for an empty string', () => {
    expect(toPersianDigits('')).toBe('');
  });
});

describe('toAsciiDigits', () => {
  it('converts Persian digits', () => {
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('converts Arabic-Indic digits', () => {
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('handles mixed digit systems and keeps other characters', () => {
    expect(toAsciiDigits('سال ۱۴۰۲ و ٢٠٢٤ و 2024')).toBe('سال 1402 و 2024 و 2024');
  });

  it('round-trips with toPersianDigits and makes input parseable', () => {
    expect(toAsciiDigits(toPersianDigits('v1.2.3'))).toBe('v1.2.3');
    expect(Number.parseInt(toAsciiDigits('۴۲'), 10)).toBe(42);
  });

  it('returns an empty string for an empty string', () => {
    expect(toAsciiDigits('')).toBe('');
  });
});

describe('formatPersianNumber', () => {
  it('formats small integers with Persian digits', () => {
    expect(formatPersianNumber(0)).toBe('۰');
    expect(formatPersianNumber(7)).toBe('۷');
  });

  it('groups thousands with the Persian separator U+066C', () => {
    expect(formatPersianNumber(1234567)).toBe('۱\u066C۲۳۴\u066C۵۶۷');
    expect(formatPersianNumber(1000)).toBe('۱٬۰۰۰');
  });

  it('uses the Persian decimal separator U+066B', () => {
    expect(formatPersianNumber(3.5)).toBe('۳\u066B۵');
  });

  it('renders negatives as LRM + minus sign, as ICU does for fa-IR', () => {
    expect(formatPersianNumber(-12)).toBe('\u200E\u2212۱۲');
  });

  it('returns the same result on repeated calls (cached formatter)', () => {
    expect(formatPersianNumber(42)).toBe(formatPersianNumber(42));
    expect(formatPersianNumber(42)).toBe('۴۲');
  });
});
