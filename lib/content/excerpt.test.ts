import { describe, expect, it } from 'vitest';
import { excerptFromMarkdown, measureMarkdown } from './excerpt';

const ZWNJ = '\u200C';
const countZwnj = (text: string) => [...text].filter((char) => char === ZWNJ).length;
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('excerptFromMarkdown', () => {
  it('skips headings, images, code fences, math blocks, lists, quotes, tables, HTML/JSX, imports and footnote definitions', () => {
    const body = [
      "import Chart from './chart'",
      'export const meta = {}',
      '# عنوان',
      '## زیرعنوان',
      '![تصویر جلد](cover.png)',
      '```ts\nconst a = 1;\n\nاین خط در کد است\n```',
      '~~~\nکد دیگر\n~~~',
      '$$\nx^2\n$$',
      '- مورد فهرست\n- مورد دوم',
      '* ستاره',
      '+ به‌علاوه',
      '1. شماره‌دار',
      '2) شماره با پرانتز',
      '> نقل قول',
      '| الف | ب |\n|---|---|\n| ۱ | ۲ |',
      '<Callout type="note">یادداشت</Callout>',
      '[^1]: متن پانویس',
      'این نخستین پاراگراف واقعی است.',
      'پاراگراف دوم.',
    ].join('\n\n');
    expect(excerptFromMarkdown(body)).toBe('این نخستین پاراگراف واقعی است.');
  });

  it('takes the paragraph right under a heading line, with no blank line between them', () => {
    expect(excerptFromMarkdown('## مقدمه\nنخستین بند زیر عنوان.\n\nبند دوم.')).toBe('نخستین بند زیر عنوان.');
    expect(excerptFromMarkdown('# یک\n## دو {#two}\n\n###\nبند.')).toBe('بند.');
    // `#` without a space after it starts no heading, as Markdown reads it: the line is prose.
    expect(excerptFromMarkdown('#برچسب در آغاز بند.')).toBe('#برچسب در آغاز بند.');
  });

  it('skips underlined (setext) headings with their Hugo attributes, and thematic breaks', () => {
    expect(excerptFromMarkdown('مقدمه {#intro}\n===\n\n---\n\nبخش\n---\n\nمتن اول.')).toBe('متن اول.');
  });

  it('strips link, emphasis, code, footnote and HTML markup but keeps their text', () => {
    expect(
      excerptFromMarkdown(
        'با [پیوند](https://example.com "عنوان") و **پررنگ** و __پررنگ__ و *کج* و _کج_ و ~~خط‌خورده~~ و `کد` و پانویس[^یک] و <kbd>Ctrl</kbd>.',
      ),
    ).toBe('با پیوند و پررنگ و پررنگ و کج و کج و خط‌خورده و کد و پانویس و Ctrl.');
  });

  it('leaves underscores inside identifiers alone', () => {
    expect(excerptFromMarkdown('متغیر snake_case_name و my_var را ببینید.')).toBe('متغیر snake_case_name و my_var را ببینید.');
  });

  it('keeps a comparison written with `<` and `>` as text, as the page shows it', () => {
    expect(excerptFromMarkdown('اگر x < 5 و y > 3 باشد، حلقه تمام می‌شود.')).toBe('اگر x < 5 و y > 3 باشد، حلقه تمام می‌شود.');
    expect(excerptFromMarkdown('متن <!-- یادداشت پنهان --> ادامه')).toBe('متن ادامه');
  });

  it('drops an inline image but keeps the text around it', () => {
    expect(excerptFromMarkdown('پیش از ![نمودار](chart.png) و پس از تصویر.')).toBe('پیش از و پس از تصویر.');
  });

  it('keeps every ZWNJ (dropping one changes the word)', () => {
    const paragraph = `نیم${ZWNJ}فاصله${ZWNJ}ها در می${ZWNJ}شود و **کتاب${ZWNJ}ها** و [روش${ZWNJ}ها](x) باید بمانند.`;
    const excerpt = excerptFromMarkdown(paragraph);
    expect(excerpt).toBe(`نیم${ZWNJ}فاصله${ZWNJ}ها در می${ZWNJ}شود و کتاب${ZWNJ}ها و روش${ZWNJ}ها باید بمانند.`);
    expect(countZwnj(excerpt)).toBe(5);
    // A ZWNJ right at the cut is kept too (it is not whitespace).
    expect(excerptFromMarkdown(`می${ZWNJ}شود`, 3)).toBe(`می${ZWNJ}…`);
  });

  it('joins the lines of a paragraph with single spaces', () => {
    expect(excerptFromMarkdown('سطر اول\nسطر   دوم\n\tسطر سوم\n\nبعدی')).toBe('سطر اول سطر دوم سطر سوم');
  });

  it('truncates at a word boundary with `…`, dropping trailing punctuation', () => {
    expect(excerptFromMarkdown('یک دو سه چهار پنج، شش هفت', 16)).toBe('یک دو سه چهار…');
    expect(excerptFromMarkdown('یک دو، سه چهار', 7)).toBe('یک دو…');
    expect(excerptFromMarkdown('کلمه '.repeat(60))).toBe(`${Array.from({ length: 36 }, () => 'کلمه').join(' ')}…`);
  });

  it('cuts inside a word only when no space is near the limit', () => {
    expect(excerptFromMarkdown('a'.repeat(200))).toBe(`${'a'.repeat(180)}…`);
    expect(excerptFromMarkdown(`کوتاه ${'ب'.repeat(30)}`, 20)).toBe(`کوتاه ${'ب'.repeat(14)}…`);
  });

  it('returns text up to the limit unchanged', () => {
    const text = 'ب'.repeat(180);
    expect(excerptFromMarkdown(text)).toBe(text);
    expect(excerptFromMarkdown('کوتاه', 5)).toBe('کوتاه');
  });

  it('returns an empty string when there is no prose', () => {
    expect(excerptFromMarkdown('')).toBe('');
    expect(excerptFromMarkdown('# فقط عنوان\n\n![تصویر](a.png)\n\n```\nکد\n```\n')).toBe('');
  });
});

describe('measureMarkdown', () => {
  it('counts the non-blank lines of ``` and ~~~ code blocks and leaves them out of the prose', () => {
    const result = measureMarkdown('متن اول\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\n~~~\nسه\n~~~\n\nمتن دوم\n');
    expect(result.codeLines).toBe(3);
    expect(words(result.prose)).toEqual(['متن', 'اول', 'متن', 'دوم']);
  });

  it('removes images, HTML tags and Markdown punctuation from the prose, keeping words', () => {
    const result = measureMarkdown('## عنوان\n\n![تصویر](a.png) متن <b>پررنگ</b> و **تاکید** و `کد` و x < 5\n\n> نقل - قول | جدول');
    expect(result.codeLines).toBe(0);
    expect(words(result.prose)).toEqual(['عنوان', 'متن', 'پررنگ', 'و', 'تاکید', 'و', 'کد', 'و', 'x', '<', '5', 'نقل', 'قول', 'جدول']);
  });

  it('counts nothing for a body without code', () => {
    expect(measureMarkdown('')).toEqual({ prose: '', codeLines: 0 });
  });
});
