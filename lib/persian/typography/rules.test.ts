import { describe, expect, it } from 'vitest';
import {
  applyFindings,
  checkTypography,
  fixTypography,
  persianDigits,
  persianLetters,
  persianQuotes,
  punctuationSpace,
  zwnjPrefix,
  zwnjSuffix,
  ZWNJ,
  type TypographyFinding,
} from './rules';

const Z = ZWNJ;
const fixWith = (rule: (text: string) => TypographyFinding[], text: string) => applyFindings(text, rule(text));

describe('persian-letters', () => {
  it('replaces Arabic yeh, alef maksura and kaf with the Persian letters', () => {
    expect(fixWith(persianLetters, 'يك كتاب براى شما')).toBe('یک کتاب برای شما');
    expect(persianLetters('یک کتاب')).toEqual([]);
  });
});

describe('zwnj-prefix', () => {
  it.each([
    ['میکنم', `می${Z}کنم`],
    ['نمیدانم', `نمی${Z}دانم`],
    ['میشود', `می${Z}شود`],
    ['میتوان گفت', `می${Z}توان گفت`],
    ['میتونستیم', `می${Z}تونستیم`],
    ['میگیرمش', `می${Z}گیرمش`],
    ['می باشد', `می${Z}باشد`],
    ['ميكنم', `مي${Z}كنم`],
    ['می کنم', `می${Z}کنم`],
    ['نمی  شود', `نمی${Z}شود`],
  ])('%s → %s', (text, fixed) => {
    expect(fixWith(zwnjPrefix, text)).toBe(fixed);
  });

  it.each(['میلیون', 'میلیارد', 'میز', 'میوه', 'میان', 'میدان', 'میزان', 'میمونی', 'میدانی', 'میزها', 'می', `می${Z}کنم`, 'همیشه', 'تمیز'])(
    'leaves «%s» alone',
    (text) => {
      expect(zwnjPrefix(text)).toEqual([]);
    },
  );

  it('joins a space-separated prefix only before a verb, and only on one line', () => {
    expect(zwnjPrefix('می میخورد')).toHaveLength(1); // the second word is itself a verb with می
    expect(zwnjPrefix('جام می و ساقی')).toEqual([]);
    expect(zwnjPrefix('می\nکنم')).toEqual([]);
  });
});

describe('zwnj-suffix', () => {
  it.each([
    ['مدلهای', `مدل${Z}های`],
    ['آنها', `آن${Z}ها`],
    ['لایههای', `لایه${Z}های`],
    ['سختتر', `سخت${Z}تر`],
    ['سادهترین', `ساده${Z}ترین`],
    ['شدهاند', `شده${Z}اند`],
    ['کلهاش', `کله${Z}اش`],
    ['برنامهای', `برنامه${Z}ای`],
    ['میلیونها', `میلیون${Z}ها`],
    ['دستهبندی', `دسته${Z}بندی`],
    ['مسئلهمون', `مسئله${Z}مون`],
    ['مدل های', `مدل${Z}های`],
    ['بزرگ تر', `بزرگ${Z}تر`],
    ['شده اند', `شده${Z}اند`],
    ['ظاهر نشده اند', `ظاهر نشده${Z}اند`],
    // Any word ending in «ه» before «ها»/«های»/«هایی», listed or not.
    ['خانهها', `خانه${Z}ها`],
    ['گروههای', `گروه${Z}های`],
    ['همهها', `همه${Z}ها`],
    ['نگاههایی', `نگاه${Z}هایی`],
    ['کوچهها را', `کوچه${Z}ها را`],
  ])('%s → %s', (text, fixed) => {
    expect(fixWith(zwnjSuffix, text)).toBe(fixed);
  });

  it.each([
    'تنها',
    'تنهایی',
    'نگاه',
    'تهران',
    'دستان',
    'همه',
    'تماشا',
    'سهام',
    'الهام',
    'بهتر',
    'بیشتر',
    'کمترین',
    'دفتر',
    'پارامتر',
    'کامپیوتر',
    'کارها',
    'محدودتر',
    'شده است',
    'بازه تر',
    `مدل${Z}های`,
    'تره',
    'مدل تره',
    `خانه${Z}ها`,
    'ههای',
    'هها',
  ])('leaves «%s» alone', (text) => {
    expect(zwnjSuffix(text)).toEqual([]);
  });
});

describe('persian-digits', () => {
  it('writes Arabic-Indic digits as Persian ones, and a number mixing Persian and ASCII digits in Persian', () => {
    expect(fixWith(persianDigits, 'سال ١٤٠٢ و ۱۲3')).toBe('سال ۱۴۰۲ و ۱۲۳');
  });

  it('leaves ASCII numbers, versions and Persian numbers alone', () => {
    expect(persianDigits('Python 3.12 و ۱۴۰۲ و GPT-4 و 2024')).toEqual([]);
  });
});

describe('punctuation-space', () => {
  it.each([
    ['سلام ، دنیا', 'سلام، دنیا'],
    ['چرا ؟', 'چرا؟'],
    ['تمام شد .', 'تمام شد.'],
    ['نکته : این', 'نکته: این'],
    ['سلام،دنیا', 'سلام، دنیا'],
    ['چرا؟این', 'چرا؟ این'],
    ['تمام شد.بعدی', 'تمام شد. بعدی'],
    ['سلام ،دنیا', 'سلام، دنیا'],
    ['گفت «بله» ، ولی', 'گفت «بله»، ولی'],
  ])('%s → %s', (text, fixed) => {
    expect(fixWith(punctuationSpace, text)).toBe(fixed);
  });

  it.each([
    'عدد 3.14 و ۳٫۱۴',
    'ساعت ۱۰:۳۰',
    'با Node.js کار',
    'و بعد ...',
    'ادامه دارد ...',
    'see example.com/a.b',
    'a , b',
    'نسخه 1.2.3',
    'ممکن است؟!',
    'گفت: «سلام»',
    'سال ۵۵۰ ق.م و ۱۴۰۲ ه.ش',
  ])('leaves «%s» alone', (text) => {
    expect(punctuationSpace(text)).toEqual([]);
  });

  it('says what the fix does', () => {
    expect(punctuationSpace('تمام شد .').map((finding) => finding.message)).toEqual(['remove the space before «.»']);
    expect(punctuationSpace('سلام ،دنیا').map((finding) => finding.message)).toEqual(['the space goes after «،», not before it']);
  });
});

describe('persian-quotes', () => {
  it('turns straight quotes around Persian text into guillemets', () => {
    expect(fixWith(persianQuotes, 'او گفت "سلام دنیا" و رفت')).toBe('او گفت «سلام دنیا» و رفت');
  });

  it('leaves quotes around Latin text, and an unpaired quote (paired in another node), alone', () => {
    expect(persianQuotes('the "hello" string')).toEqual([]);
    expect(persianQuotes('مقدار "')).toEqual([]);
    expect(persianQuotes('مانیتور ۲۷" و ۳۲" دارد')).toEqual([]);
  });
});

describe('fixing', () => {
  const messy = 'ميكنم که مدلهای "جدید" را سادهتر كنيم ، چون آنها ٤ تا هستند.بعد';

  it('fixes every rule at once and changes nothing the second time', () => {
    const once = fixTypography(messy);
    expect(once).toBe(`می${Z}کنم که مدل${Z}های «جدید» را ساده${Z}تر کنیم، چون آن${Z}ها ۴ تا هستند. بعد`);
    expect(fixTypography(once)).toBe(once);
    expect(checkTypography(once)).toEqual([]);
  });

  it('never adds a second ZWNJ where two rules meet', () => {
    expect(
      applyFindings('ab', [
        { rule: 'zwnj-prefix', start: 1, end: 1, replacement: Z, message: '' },
        { rule: 'zwnj-suffix', start: 1, end: 1, replacement: Z, message: '' },
      ]),
    ).toBe(`a${Z}b`);
  });
});
