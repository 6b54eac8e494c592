import { describe, expect, it } from 'vitest';
import { LEFT_TO_RIGHT_ISOLATE as LRI, POP_DIRECTIONAL_ISOLATE as PDI } from '@/lib/persian/bidi';
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

describe('snippet of isolated code', () => {
  const filler = 'این جمله فقط برای پر کردن متن است و واژه‌ی جست‌وجو شده در آن نیست. '.repeat(4);
  const joined = (parts: TextPart[]) => parts.map((part) => part.text).join('');
  const balanced = (text: string) => [...text].filter((c) => c === LRI).length === [...text].filter((c) => c === PDI).length;

  it('keeps code isolated when the passage cuts it, at either end', () => {
    const code = `${LRI}git commit --fixup <hash> && ${'git rebase -i --autosquash main && '.repeat(8)}true${PDI}`;
    // Cut after the isolate opens: the passage closes it.
    const opened = joined(snippet(`${filler}${code} بسازید.`, new Set(['git']), 200));
    expect(opened).toContain(`${LRI}git commit`);
    expect(balanced(opened)).toBe(true);
    // Opened before the passage starts: the passage opens it again.
    const closed = joined(snippet(`آغاز ${LRI}${'x '.repeat(60)}rebase main${PDI} بسازید. ${filler}`, new Set(['rebase']), 120));
    expect(closed.startsWith('… ')).toBe(true);
    expect(closed).toContain(`${PDI} بسازید`);
    expect(closed.indexOf(LRI)).toBeLessThan(closed.indexOf('rebase'));
    expect(balanced(closed)).toBe(true);
  });

  it('isolates a passage that lies wholly inside a long code block', () => {
    const block = `${LRI}${'echo start && '.repeat(20)}make deploy${'&& echo done '.repeat(20)}${PDI}`;
    const inside = joined(snippet(`${filler}${block} ${filler}`, new Set(['deploy']), 120));
    expect(inside).toMatch(new RegExp(`^… ${LRI}[^${PDI}]*deploy[^${LRI}]*${PDI} …$`));
  });
});

describe('highlight', () => {
  it('marks every matched word of a title', () => {
    expect(joined(highlight('مدلهای زبانی بزرگ و نحوه آموزش آنها', new Set(['مدلهای', 'زبانی'])))).toBe(
      '[مدلهای] [زبانی] بزرگ و نحوه آموزش آنها',
    );
  });
});
