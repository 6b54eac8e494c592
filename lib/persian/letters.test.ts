import { describe, expect, it } from 'vitest';
import { normalizePersianLetters } from './letters';

describe('normalizePersianLetters', () => {
  it('replaces Arabic yeh (U+064A) with Farsi yeh (U+06CC)', () => {
    expect(normalizePersianLetters('علي')).toBe('علی');
    expect(normalizePersianLetters('\u064A')).toBe('\u06CC');
  });

  it('replaces alef maksura (U+0649) with Farsi yeh', () => {
    expect(normalizePersianLetters('موسى')).toBe('موسی');
  });

  it('replaces Arabic kaf (U+0643) with keheh (U+06A9)', () => {
    expect(normalizePersianLetters('كتاب')).toBe('کتاب');
    expect(normalizePersianLetters('\u0643')).toBe('\u06A9');
  });

  it('fixes a whole sentence typed on an Arabic layout', () => {
    expect(normalizePersianLetters('اين كتاب براي يادگيري است')).toBe('این کتاب برای یادگیری است');
  });

  it('maps every Arabic-Indic digit to the Persian digit', () => {
    expect(normalizePersianLetters('٠١٢٣٤٥٦٧٨٩')).toBe('۰۱۲۳۴۵۶۷۸۹');
  });

  it('leaves Persian digits and ASCII digits alone', () => {
    expect(normalizePersianLetters('۱۴۰۲ و 2024')).toBe('۱۴۰۲ و 2024');
  });

  it('leaves ZWNJ untouched', () => {
    const word = 'می\u200Cشود';
    expect(normalizePersianLetters(word)).toBe(word);
    expect(normalizePersianLetters('كتاب\u200Cها')).toBe('کتاب\u200Cها');
  });

  it('leaves diacritics, hamza forms, teh marbuta and tatweel untouched', () => {
    const text = 'مَسئله أ إ آ ة ۀ ؤ ئ کـتاب';
    expect(normalizePersianLetters(text)).toBe(text);
  });

  it('leaves Latin and already-correct Persian text unchanged', () => {
    const text = 'آموزش Next.js 16 با TypeScript';
    expect(normalizePersianLetters(text)).toBe(text);
  });

  it('returns an empty string for an empty string', () => {
    expect(normalizePersianLetters('')).toBe('');
  });

  it('is idempotent', () => {
    const once = normalizePersianLetters('كيك ٣ تايي');
    expect(once).toBe('کیک ۳ تایی');
    expect(normalizePersianLetters(once)).toBe(once);
  });
});
