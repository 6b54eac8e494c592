import { describe, expect, it } from 'vitest';
import { createSlugger, slugify } from './slug';

describe('slugify', () => {
  it('joins Persian words with hyphens', () => {
    expect(slugify('مقدمه')).toBe('مقدمه');
    expect(slugify('نصب و راه اندازی')).toBe('نصب-و-راه-اندازی');
  });

  it('turns ZWNJ into a hyphen instead of dropping it', () => {
    expect(slugify('روش\u200Cها')).toBe('روش-ها');
    expect(slugify('روش\u200Cها')).not.toBe('روشها');
    expect(slugify('چگونه کار می\u200Cکند؟')).toBe('چگونه-کار-می-کند');
  });

  it('collapses ZWNJ next to spaces or repeated ZWNJ into one hyphen', () => {
    expect(slugify('کتاب\u200C ها')).toBe('کتاب-ها');
    expect(slugify('کتاب\u200C\u200Cها')).toBe('کتاب-ها');
    expect(slugify('\u200Cکتاب\u200C')).toBe('کتاب');
  });

  it('lower-cases Latin and drops its punctuation', () => {
    expect(slugify('Next.js 16')).toBe('nextjs-16');
    expect(slugify('C++')).toBe('c-plus-plus');
    expect(slugify('C#')).toBe('c-sharp');
    expect(slugify('C')).toBe('c');
    expect(slugify('Notepad++')).toBe('notepad-plus-plus');
    expect(slugify('زبان C# و F#')).toBe('زبان-c-sharp-و-f-sharp');
  });

  it('drops + and # that do not end a name', () => {
    expect(slugify('a+b')).toBe('ab');
    expect(slugify('#hashtag')).toBe('hashtag');
    expect(slugify('نسخه #۲')).toBe('نسخه-2');
    expect(slugify('1e+10')).toBe('1e10');
    expect(slugify('Hello, World!')).toBe('hello-world');
    expect(slugify('GPT-3.5')).toBe('gpt-35');
    expect(slugify('CI/CD')).toBe('cicd');
  });

  it('handles mixed Persian and Latin headings', () => {
    expect(slugify('آموزش Next.js 16 با TypeScript')).toBe('آموزش-nextjs-16-با-typescript');
    expect(slugify('نصب Node.js روی لینوکس')).toBe('نصب-nodejs-روی-لینوکس');
    expect(slugify('کار با `useState` در React')).toBe('کار-با-usestate-در-react');
  });

  it('removes Persian punctuation', () => {
    expect(slugify('چرا TypeScript؟')).toBe('چرا-typescript');
    expect(slugify('«سلام»، دنیا؛ خداحافظ')).toBe('سلام-دنیا-خداحافظ');
    expect(slugify('بخش ۳٫۵')).toBe('بخش-35');
  });

  it('writes every digit in ASCII, so ۱۰ and 10 give one slug', () => {
    expect(slugify('قدم ۱: نصب')).toBe('قدم-1-نصب');
    expect(slugify('Python 3.12')).toBe('python-312');
    expect(slugify('۱۰ نکته')).toBe('10-نکته');
    expect(slugify('10 نکته')).toBe(slugify('۱۰ نکته'));
    expect(slugify('قدم ٣')).toBe('قدم-3');
  });

  it('normalises Arabic yeh, alef maksura and kaf', () => {
    expect(slugify('كتاب هاي علمي')).toBe('کتاب-های-علمی');
    expect(slugify('موسى')).toBe('موسی');
    expect(slugify('كتاب هاي علمي')).toBe(slugify('کتاب های علمی'));
  });

  it('removes tashkeel, superscript alef and tatweel', () => {
    expect(slugify('مُحَمَّد')).toBe('محمد');
    expect(slugify('رحمٰن')).toBe('رحمن');
    expect(slugify('کتــــاب')).toBe('کتاب');
    expect(slugify('کتاباً')).toBe('کتابا');
  });

  it('keeps letters with a composed hamza or madda, also from decomposed input', () => {
    expect(slugify('آموزش')).toBe('آموزش');
    expect(slugify('\u0627\u0653موزش')).toBe('آموزش');
    expect(slugify('\u0627\u0654')).toBe('أ');
    expect(slugify('مسئله')).toBe('مسئله');
  });

  it('removes bidi control characters', () => {
    expect(slugify('\u200Fمقدمه\u200E')).toBe('مقدمه');
    expect(slugify('نصب \u2066Node.js\u2069')).toBe('نصب-nodejs');
    expect(slugify('\u202Bسلام\u202C')).toBe('سلام');
    expect(slugify('\u061Cسلام')).toBe('سلام');
  });

  it('turns whitespace runs and underscores into single hyphens', () => {
    expect(slugify('  فصل   اول  ')).toBe('فصل-اول');
    expect(slugify('snake_case_name')).toBe('snake-case-name');
    expect(slugify('فصل\tاول\nدوم')).toBe('فصل-اول-دوم');
    expect(slugify('فصل\u00A0اول')).toBe('فصل-اول');
  });

  it('collapses and trims hyphens', () => {
    expect(slugify('--a---b--')).toBe('a-b');
    expect(slugify('پیش - نیاز')).toBe('پیش-نیاز');
  });

  it('drops emoji and symbols from other scripts', () => {
    expect(slugify('🚀 شروع سریع')).toBe('شروع-سریع');
    expect(slugify('Привет سلام')).toBe('سلام');
  });

  it('returns an empty string when nothing usable remains', () => {
    expect(slugify('')).toBe('');
    expect(slugify('   ')).toBe('');
    expect(slugify('؟!')).toBe('');
    expect(slugify('\u200C')).toBe('');
    expect(slugify('«»،؛')).toBe('');
  });

  it('is stable for precomposed and decomposed Latin', () => {
    expect(slugify('Café')).toBe('café');
    expect(slugify('Cafe\u0301')).toBe('café');
  });

  it('is idempotent', () => {
    for (const input of ['روش\u200Cها', 'Next.js 16', 'كتاب هاي علمي', 'مُحَمَّد']) {
      const once = slugify(input);
      expect(slugify(once)).toBe(once);
    }
  });
});

describe('createSlugger', () => {
  it('numbers repeated headings like github-slugger', () => {
    const slugger = createSlugger();
    expect(slugger.slug('مثال')).toBe('مثال');
    expect(slugger.slug('مثال')).toBe('مثال-1');
    expect(slugger.slug('مثال')).toBe('مثال-2');
  });

  it('treats headings that slug to the same value as duplicates', () => {
    const slugger = createSlugger();
    expect(slugger.slug('روش\u200Cها')).toBe('روش-ها');
    expect(slugger.slug('روش ها')).toBe('روش-ها-1');
    expect(slugger.slug('كتاب')).toBe('کتاب');
    expect(slugger.slug('کتاب')).toBe('کتاب-1');
  });

  it('skips a suffix already taken by a literal heading', () => {
    const slugger = createSlugger();
    expect(slugger.slug('مثال')).toBe('مثال');
    expect(slugger.slug('مثال 1')).toBe('مثال-1');
    expect(slugger.slug('مثال')).toBe('مثال-2');
  });

  it('falls back to "section" for empty slugs and de-duplicates that too', () => {
    const slugger = createSlugger();
    expect(slugger.slug('؟')).toBe('section');
    expect(slugger.slug('')).toBe('section-1');
    expect(slugger.slug('!!!')).toBe('section-2');
  });

  it('keeps the fallback distinct from a literal "Section" heading', () => {
    const slugger = createSlugger();
    expect(slugger.slug('')).toBe('section');
    expect(slugger.slug('Section')).toBe('section-1');
  });

  it('keeps separate sluggers independent', () => {
    const a = createSlugger();
    const b = createSlugger();
    expect(a.slug('مقدمه')).toBe('مقدمه');
    expect(b.slug('مقدمه')).toBe('مقدمه');
  });
});
