import { describe, expect, it } from 'vitest';
import { splitSuffix, splitVerbPrefix, ZWNJ } from './rules';
import {
  ADJECTIVES,
  H_FINAL_WORDS,
  NOT_SUFFIXED,
  NOT_VERBS,
  NOUNS,
  PAST_ENDINGS,
  PAST_STEMS,
  PRESENT_ENDINGS,
  PRESENT_STEMS,
} from './words';

const lists = { PRESENT_STEMS, PAST_STEMS, NOUNS, ADJECTIVES, H_FINAL_WORDS, NOT_SUFFIXED, NOT_VERBS };
const NON_JOINING = /[اآأإدذرزژوؤء]$/;

describe('the word lists', () => {
  it.each(Object.entries(lists))('%s: Persian letters only, no ZWNJ, no Arabic yeh/kaf, no repeats', (_name, list) => {
    for (const word of list) {
      expect(word).toMatch(/^[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u0622\u0623\u0624\u0626]+$/);
      expect(word).not.toContain(ZWNJ);
      expect(word).not.toMatch(/[يكى]/);
    }
    expect(new Set(list).size).toBe(list.length);
  });

  it('every present stem is recognised after می and نمی with a personal ending', () => {
    for (const stem of PRESENT_STEMS) {
      expect(splitVerbPrefix(`می${stem}م`), stem).toEqual({ prefix: 'می', rest: `${stem}م` });
      expect(splitVerbPrefix(`نمی${stem}ند`), stem).toEqual({ prefix: 'نمی', rest: `${stem}ند` });
    }
  });

  it('a present stem alone after می is not a verb (`میدان`, `میمون` stay)', () => {
    // Unless it is another stem with an ending (`ده` = colloquial `د` + `ه`), or impersonal `می‌توان`.
    const isOtherForm = (stem: string) =>
      stem === 'توان' ||
      PRESENT_STEMS.some((other) => PRESENT_ENDINGS.some((ending) => other + ending === stem)) ||
      PAST_STEMS.some((other) => PAST_ENDINGS.some((ending) => other + ending === stem));
    for (const stem of PRESENT_STEMS.filter((s) => !isOtherForm(s))) expect(splitVerbPrefix(`می${stem}`), stem).toBeUndefined();
  });

  it('every past stem is recognised after می, alone and with endings', () => {
    for (const stem of PAST_STEMS) {
      expect(splitVerbPrefix(`می${stem}`), stem).toBeDefined();
      expect(splitVerbPrefix(`می${stem}یم`), stem).toBeDefined();
    }
  });

  it('no word of the exception list is read as می + verb, nor with a plural or indefinite ending', () => {
    for (const word of NOT_VERBS) {
      for (const ending of ['', 'ها', 'های', 'ی']) expect(splitVerbPrefix(word + ending), word + ending).toBeUndefined();
    }
  });

  it('every noun that joins its plural visibly is split before ها and های; the others are left alone', () => {
    for (const noun of NOUNS) {
      const expected = NON_JOINING.test(noun) ? undefined : { base: noun, suffix: 'های' };
      expect(splitSuffix(`${noun}های`), noun).toEqual(expected);
    }
  });

  it('every adjective that joins visibly is split before تر and ترین', () => {
    for (const adjective of ADJECTIVES.filter((a) => !NON_JOINING.test(a))) {
      expect(splitSuffix(`${adjective}تر`), adjective).toEqual({ base: adjective, suffix: 'تر' });
      expect(splitSuffix(`${adjective}ترین`), adjective).toEqual({ base: adjective, suffix: 'ترین' });
    }
  });

  it('every word ending in a silent ه is split before اند and ای', () => {
    for (const word of H_FINAL_WORDS) {
      expect(word.endsWith('ه'), word).toBe(true);
      expect(splitSuffix(`${word}اند`), word).toEqual({ base: word, suffix: 'اند' });
    }
  });

  it('lists no word whose final ه is pronounced among the silent-ه words (`پایگاهی`, not `پایگاه‌ای`)', () => {
    for (const word of ['راه', 'ماه', 'کوه', 'پایگاه', 'دستگاه', 'دیدگاه', 'نگاه', 'گاه', 'کوتاه', 'شاه']) {
      expect(H_FINAL_WORDS, word).not.toContain(word);
    }
  });

  it('no word of the exception list is split, nor what starts with one (`تنهایی`)', () => {
    for (const word of NOT_SUFFIXED) {
      expect(splitSuffix(word), word).toBeUndefined();
      expect(splitSuffix(`${word}ی`), word).toBeUndefined();
      expect(splitSuffix(`${word}ها`), word).toBeUndefined();
    }
  });
});
