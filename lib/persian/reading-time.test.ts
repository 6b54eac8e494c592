import { describe, expect, it } from 'vitest';
import { CODE_LINES_PER_MINUTE, DEFAULT_WORDS_PER_MINUTE, countWords, estimateReadingMinutes, formatReadingTime } from './reading-time';

const words = (n: number): string => Array.from({ length: n }, () => 'واژه').join(' ');

describe('countWords', () => {
  it('counts whitespace-separated Persian words', () => {
    expect(countWords('این یک جمله است')).toBe(4);
  });

  it('does not split a word at ZWNJ', () => {
    expect(countWords('می\u200Cشود')).toBe(1);
    expect(countWords('کتاب\u200Cها را می\u200Cخوانیم')).toBe(3);
  });

  it('counts mixed Persian and Latin tokens', () => {
    expect(countWords('نصب Next.js 16 با npm')).toBe(5);
  });

  it('treats any whitespace run as one separator', () => {
    expect(countWords('  یک\n\nدو\tسه\u00A0چهار  ')).toBe(4);
  });

  it('ignores tokens without a letter or digit', () => {
    expect(countWords('الف — ب ، ج « د »')).toBe(4);
  });

  it('returns 0 for empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t ')).toBe(0);
  });
});

describe('estimateReadingMinutes', () => {
  it('uses 180 words per minute and 20 code lines per minute by default', () => {
    expect(DEFAULT_WORDS_PER_MINUTE).toBe(180);
    expect(CODE_LINES_PER_MINUTE).toBe(20);
  });

  it('returns at least 1 minute, even for empty text', () => {
    expect(estimateReadingMinutes('')).toBe(1);
    expect(estimateReadingMinutes('سلام')).toBe(1);
  });

  it('rounds up', () => {
    expect(estimateReadingMinutes(words(180))).toBe(1);
    expect(estimateReadingMinutes(words(181))).toBe(2);
    expect(estimateReadingMinutes(words(360))).toBe(2);
    expect(estimateReadingMinutes(words(1000))).toBe(6);
  });

  it('counts ZWNJ-joined words once', () => {
    const zwnjWords = Array.from({ length: 181 }, () => 'می\u200Cشود').join(' ');
    expect(estimateReadingMinutes(zwnjWords)).toBe(2);
  });

  it('adds one minute per 20 lines of code', () => {
    expect(estimateReadingMinutes(words(180), { codeLines: 20 })).toBe(2);
    expect(estimateReadingMinutes(words(180), { codeLines: 21 })).toBe(3);
    expect(estimateReadingMinutes('', { codeLines: 60 })).toBe(3);
  });

  it('does not add a minute from floating-point error when parts sum to an integer', () => {
    expect(estimateReadingMinutes(words(90), { codeLines: 10 })).toBe(1);
    expect(estimateReadingMinutes(words(60), { codeLines: 40 / 3 })).toBe(1);
    expect(estimateReadingMinutes(words(126), { codeLines: 6 })).toBe(1);
  });

  it('accepts a custom reading speed', () => {
    expect(estimateReadingMinutes(words(230), { wordsPerMinute: 230 })).toBe(1);
    expect(estimateReadingMinutes(words(231), { wordsPerMinute: 230 })).toBe(2);
  });

  it('rejects invalid options', () => {
    expect(() => estimateReadingMinutes('x', { wordsPerMinute: 0 })).toThrow(RangeError);
    expect(() => estimateReadingMinutes('x', { wordsPerMinute: -5 })).toThrow(RangeError);
    expect(() => estimateReadingMinutes('x', { wordsPerMinute: Number.NaN })).toThrow(RangeError);
    expect(() => estimateReadingMinutes('x', { codeLines: -1 })).toThrow(RangeError);
    expect(() => estimateReadingMinutes('x', { codeLines: Infinity })).toThrow(RangeError);
  });
});

describe('formatReadingTime', () => {
  it('formats with Persian digits', () => {
    expect(formatReadingTime(7)).toBe('۷ دقیقه مطالعه');
    expect(formatReadingTime(1)).toBe('۱ دقیقه مطالعه');
    expect(formatReadingTime(12)).toBe('۱۲ دقیقه مطالعه');
  });

  it('uses Persian grouping for large values', () => {
    expect(formatReadingTime(1200)).toBe('۱٬۲۰۰ دقیقه مطالعه');
  });

  it('composes with estimateReadingMinutes', () => {
    expect(formatReadingTime(estimateReadingMinutes(words(1000)))).toBe('۶ دقیقه مطالعه');
  });

  it('rejects negative or non-finite minutes', () => {
    expect(() => formatReadingTime(-1)).toThrow(RangeError);
    expect(() => formatReadingTime(Number.NaN)).toThrow(RangeError);
  });
});
