import { describe, expect, it } from 'vitest';
import { highlight, snippet, type TextPart } from './snippet';

const ZWNJ = '\u200C';
const marked = (parts: TextPart[]) => parts.filter((part) => part.match).map((part) => part.text);
const joined = (parts: TextPart[]) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

describe('snippet', () => {
  it('marks the matched word as written in the original, ZWNJ and Arabic letters intact', () => {
    const text = `این متن دربارهٔ مدل${ZWNJ}های زبانی است و كتاب را هم نام می${ZWNJ}برد.`;
    const parts = snippet(text, new Set(['مدلهای', 'کتاب']));
    expect(marked(parts)).toEqual([`مدل${ZWNJ}های`, 'كتاب']);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it('marks a word found by one of its parts, and a word written with a space before its suffix', () => {
    expect(marked(snippet(`مدل${ZWNJ}ها و مدل های دیگر`, new Set(['مدل'])))).toEqual([`مدل${ZWNJ}ها`, 'مدل های']);
  });

  it('opens at the passage where the most different words meet, cut at word boundaries', () => {
    const filler = 'واژهٔ پرکننده '.repeat(40);
    const text = `${filler}کتاب ${filler}کتاب و آرایه در یک جا ${filler}`;
    const parts = snippet(text, new Set(['کتاب', 'ارایه']), 120);
    expect(joined(parts)).toContain('[کتاب] و [آرایه]');
    expect(parts[0]!.text).toBe('… ');
    expect(parts[parts.length - 1]!.text).toBe(' …');
    const body = parts
      .slice(1, -1)
      .map((part) => part.text)
      .join('');
    expect(body.length).toBeLessThanOrEqual(120);
    expect(text).toContain(body);
    expect(body.startsWith('واژهٔ') || body.startsWith('پرکننده')).toBe(true);
  });

  it('shows the start of the text, unmarked, when no word matches', () => {
    const parts = snippet('یک متن کوتاه.', new Set(['کتاب']));
    expect(parts).toEqual([{ text: 'یک متن کوتاه.', match: false }]);
  });

  it('reads blocks of the article as one running passage', () => {
    expect(joined(snippet('سرفصل\nکتاب خوب', new Set(['کتاب'])))).toBe('سرفصل [کتاب] خوب');
  });
});

describe('highlight', () => {
  it('marks every matched word of a title', () => {
    expect(joined(highlight('مدلهای زبانی بزرگ و نحوه آموزش آنها', new Set(['مدلهای', 'زبانی'])))).toBe(
      '[مدلهای] [زبانی] بزرگ و نحوه آموزش آنها',
    );
  });
});
