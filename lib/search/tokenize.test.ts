import { describe, expect, it } from 'vitest';
import { indexTerms, queryTerms, tokenize } from './tokenize';

const ZWNJ = '\u200C';

describe('queryTerms: the three ways of writing a Persian word are one term', () => {
  it.each([
    [[`می${ZWNJ}کنم`, 'میکنم', 'می کنم'], 'میکنم'],
    [[`نمی${ZWNJ}دانم`, 'نمیدانم', 'نمی دانم'], 'نمیدانم'],
    [[`مدل${ZWNJ}های`, 'مدلهای', 'مدل های'], 'مدلهای'],
    [[`آن${ZWNJ}ها`, 'آنها', 'آن ها'], 'انها'],
    [[`بزرگ${ZWNJ}ترین`, 'بزرگترین', 'بزرگ ترین'], 'بزرگترین'],
    [[`شده${ZWNJ}اند`, 'شده اند'], 'شدهاند'],
    [[`پیاده${ZWNJ}سازی`, 'پیادهسازی', 'پیاده سازی'], 'پیادهسازی'],
    [[`بی${ZWNJ}قاعده`, 'بیقاعده', 'بی قاعده'], 'بیقاعده'],
  ])('%j → %s', (spellings, term) => {
    for (const spelling of spellings) expect(queryTerms(spelling)).toEqual([term]);
  });

  it('reads the ezafe written as ‌ی, as a separate ی or as hamza the same way', () => {
    for (const spelling of [`آرایه${ZWNJ}ی`, 'آرایه ی', 'آرایهٔ', 'آرایه']) expect(queryTerms(spelling)).toEqual(['ارایه']);
  });

  it('joins affixes only to their neighbour, not across punctuation or lines', () => {
    expect(queryTerms('مدل های زبانی')).toEqual(['مدلهای', 'زبانی']);
    expect(queryTerms('مدل، ها')).toEqual(['مدل', 'ها']);
    expect(queryTerms('می\nکنم')).toEqual(['می', 'کنم']);
  });

  it('leaves words that merely start or end like an affix alone (میز، میوه، میلیون، تنها)', () => {
    expect(queryTerms('میز میوه میلیون تنها میان')).toEqual(['میز', 'میوه', 'میلیون', 'تنها', 'میان']);
  });

  it('keeps technical names whole: Node.js, GPT-3.5, C++, C#, snake_case', () => {
    expect(queryTerms('Node.js GPT-3.5 C++ C# bisect_left')).toEqual(['nodejs', 'gpt35', 'c++', 'c#', 'bisectleft']);
  });

  it('folds letters, digits and case on the way', () => {
    expect(queryTerms('كتاب ChatGPT ۲۰۱۲')).toEqual(['کتاب', 'chatgpt', '2012']);
  });

  it('reads a number the same with or without its thousands separators, in the index and in a query', () => {
    for (const typed of ['90000', '۹۰۰۰۰', '90,000', '۹۰٬۰۰۰']) expect(queryTerms(typed)).toEqual(['90000']);
    expect(indexTerms('بیش از ۹۰٬۰۰۰ بسته')).toContain('90000');
  });

  it('drops duplicate words and gives nothing for punctuation or emptiness', () => {
    expect(queryTerms('کتاب کتاب')).toEqual(['کتاب']);
    expect(queryTerms('  «؟»!  ')).toEqual([]);
    expect(queryTerms('')).toEqual([]);
  });
});

describe('indexTerms', () => {
  it('indexes a ZWNJ or affixed word whole and by its own parts, so a part finds it', () => {
    expect(indexTerms(`مدل${ZWNJ}های زبانی`)).toEqual(['مدلهای', 'مدل', 'زبانی']);
    expect(indexTerms('فکر می کنم')).toEqual(['فکر', 'میکنم', 'کنم']);
    expect(indexTerms('Node.js')).toEqual(['nodejs', 'node', 'js']);
  });

  it('skips runs too long to be words (hashes, base64)', () => {
    expect(indexTerms(`a${'b'.repeat(60)} واژه`)).toEqual(['واژه']);
  });
});

describe('tokenize', () => {
  it('gives each word its span in the original text, ZWNJs and affix spaces included', () => {
    const text = `فکر می${ZWNJ}کنم مدل های كِتاب`;
    expect(tokenize(text).map(({ term, start, end }) => [term, text.slice(start, end)])).toEqual([
      ['فکر', 'فکر'],
      ['میکنم', `می${ZWNJ}کنم`],
      ['مدلهای', 'مدل های'],
      ['کتاب', 'كِتاب'],
    ]);
  });
});
