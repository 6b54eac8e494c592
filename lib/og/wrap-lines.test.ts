import { describe, expect, it } from 'vitest';
import { ELLIPSIS, wrapLines } from './wrap-lines';

// One unit per character: easy to reason about, and a ZWNJ counts like any letter.
const byLength = (line: string) => [...line].length;

describe('wrapLines', () => {
  it('keeps a short title on one line', async () => {
    expect(await wrapLines('جست‌وجوی دودویی', 40, 3, byLength)).toEqual({ lines: ['جست‌وجوی دودویی'], truncated: false });
  });

  it('breaks at spaces only, never at a ZWNJ', async () => {
    const { lines } = await wrapLines('مدل‌های زبانی بزرگ و نحوهٔ آموزش آن‌ها', 14, 3, byLength);
    expect(lines).toEqual(['مدل‌های زبانی', 'بزرگ و نحوهٔ', 'آموزش آن‌ها']);
    for (const line of lines) expect(byLength(line)).toBeLessThanOrEqual(14);
  });

  it('ends the last allowed line with an ellipsis when words remain', async () => {
    const result = await wrapLines('یک دو سه چهار پنج شش هفت هشت نه ده', 8, 2, byLength);
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    expect(byLength(result.lines[1]!)).toBeLessThanOrEqual(8);
  });

  it('puts a word wider than the line on its own line rather than dropping it', async () => {
    expect((await wrapLines('کوتاه بسیاربسیاربلند کوتاه', 6, 3, byLength)).lines).toEqual(['کوتاه', 'بسیاربسیاربلند', 'کوتاه']);
  });
});
