import { describe, expect, it } from 'vitest';
import { foldForSearch, normalizeForSearch } from './normalize';

const ZWNJ = '\u200C';

describe('normalizeForSearch', () => {
  it.each([
    ['Arabic yeh', 'علي', 'علی'],
    ['alef maksura', 'موسى', 'موسی'],
    ['Arabic kaf', 'كتاب', 'کتاب'],
    ['teh marbuta', 'مدرسة', 'مدرسه'],
    ['heh with yeh above', 'نحوۀ', 'نحوه'],
    ['heh with hamza above (decomposed)', 'نحوهٔ', 'نحوه'],
    ['alef with hamza above', 'أسماء', 'اسماء'],
    ['alef with hamza below', 'إسلام', 'اسلام'],
    ['alef wasla', 'ٱلله', 'الله'],
    ['alef with madda', 'آموزش', 'اموزش'],
    ['waw with hamza', 'مؤلف', 'مولف'],
    ['yeh with hamza', 'مسئله', 'مسیله'],
    ['tashkeel', 'کِتابٌ مُعَلَّم', 'کتاب معلم'],
    ['superscript alef', 'رحمٰن', 'رحمن'],
    ['tatweel', 'کتـــاب', 'کتاب'],
    ['bidi controls', '\u200Fمتن\u202B fa\u202C\u2067x\u2069\u200E', 'متن fax'],
    ['Persian digits', '۲۰۱۲', '2012'],
    ['Arabic-Indic digits', '٢٠١٢', '2012'],
    ['Persian decimal separator', '۳٫۱۲', '3.12'],
    ['Persian thousands separator', '۹۰٬۰۰۰ بسته', '90000 بسته'],
    ['Latin thousands separator', '1,250,000 و 90,000', '1250000 و 90000'],
    ['a comma that groups no thousands', '1,2,3 و 10,00 و ۵٬', '1,2,3 و 10,00 و 5٬'],
    ['English case', 'ChatGPT', 'chatgpt'],
    ['Arabic presentation forms (NFKC)', '\uFED9\uFEFC', 'کلا'],
    ['fullwidth Latin (NFKC)', 'Ｎｅｘｔ', 'next'],
    ['Latin accents', 'café', 'cafe'],
  ])('%s: %s → %s', (_name, input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('keeps ZWNJ, which the tokenizer reads as a join between the parts of one word', () => {
    expect(normalizeForSearch(`می${ZWNJ}کنم`)).toBe(`می${ZWNJ}کنم`);
  });

  it('leaves correctly written Persian as it is', () => {
    const text = 'پژوهشگر گچ و ژاله را چگونه دید؟';
    expect(normalizeForSearch(text)).toBe(text);
  });
});

describe('foldForSearch', () => {
  it('maps the digits around a dropped thousands separator back to their own places', () => {
    const { text, sourceStart, sourceEnd } = foldForSearch('۹۰٬۰۰۰');
    expect(text).toBe('90000');
    expect(sourceStart).toEqual([0, 1, 3, 4, 5]);
    expect(sourceEnd).toEqual([1, 2, 4, 5, 6]);
  });

  it('maps every folded character back to its place in the original', () => {
    const original = 'كِتـاب ۲۰';
    const { text, sourceStart, sourceEnd } = foldForSearch(original);
    expect(text).toBe('کتاب 20');
    expect(sourceStart).toEqual([0, 2, 4, 5, 6, 7, 8]);
    expect(sourceEnd).toEqual([1, 3, 5, 6, 7, 8, 9]);
  });

  it('maps a ligature that expands to several letters, and a surrogate pair, to the whole character', () => {
    const { text, sourceStart, sourceEnd } = foldForSearch('a\uFDF2𝐀');
    expect(text).toBe('aالله' + 'a');
    expect(sourceStart).toEqual([0, 1, 1, 1, 1, 2]);
    expect(sourceEnd).toEqual([1, 2, 2, 2, 2, 4]);
  });
});
