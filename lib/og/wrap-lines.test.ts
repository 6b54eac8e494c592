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

  it('never leaves a number alone at the start of a line, away from its word', async () => {
    // «(بخش» fits on the first line and «3)» would have gone down alone.
    expect((await wrapLines('آموزش گیت (بخش 3)', 15, 3, byLength)).lines).toEqual(['آموزش گیت', '(بخش 3)']);
    expect((await wrapLines('نسخهٔ تازهٔ Python 3.12 آمد', 18, 3, byLength)).lines).toEqual(['نسخهٔ تازهٔ', 'Python 3.12 آمد']);
    expect((await wrapLines('گزارش سال ۱۴۰۲، بخش ۲', 11, 3, byLength)).lines).toEqual(['گزارش', 'سال ۱۴۰۲،', 'بخش ۲']);
    expect((await wrapLines('چرا پایتون نسخهٔ ۳؟', 16, 3, byLength)).lines).toEqual(['چرا پایتون', 'نسخهٔ ۳؟']);
    expect((await wrapLines('رشد سرعت اجرا ۵۰٪', 13, 3, byLength)).lines).toEqual(['رشد سرعت', 'اجرا ۵۰٪']);
  });

  it('never ends a line with a number, away from the word it counts', async () => {
    // «مهلت ثبت ۱۰» fits on the first line, and «روز» would have started the second.
    expect((await wrapLines('مهلت ثبت ۱۰ روز', 11, 3, byLength)).lines).toEqual(['مهلت', 'ثبت ۱۰ روز']);
    expect((await wrapLines('گیت در ۵ نکته', 10, 3, byLength)).lines).toEqual(['گیت', 'در ۵ نکته']);
    // Too wide together: the number stays with the word it counts.
    expect((await wrapLines('گیت در ۵ نکته', 8, 3, byLength)).lines).toEqual(['گیت', 'در', '۵ نکته']);
    // A number closed by punctuation ends its phrase: what follows may go down.
    expect((await wrapLines('آموزش گیت (بخش 3) برای همه', 15, 3, byLength)).lines).toEqual(['آموزش گیت', '(بخش 3) برای', 'همه']);
  });

  it('lets numbers in a row wrap, and parts a number from its word when the two do not fit a line', async () => {
    expect((await wrapLines('نسخه‌ها 1 2 3 4 5 6 7 8 9 10', 12, 3, byLength)).lines).toEqual(['نسخه‌ها 1 2', '3 4 5 6 7 8', '9 10']);
    expect((await wrapLines('Python 3.12', 7, 3, byLength)).lines).toEqual(['Python', '3.12']);
  });

  it('ends the last allowed line with an ellipsis when words remain', async () => {
    const result = await wrapLines('یک دو سه چهار پنج شش هفت هشت نه ده', 8, 2, byLength);
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    expect(byLength(result.lines[1]!)).toBeLessThanOrEqual(8);
  });

  it('cuts a word wider than the line across lines rather than dropping it or overflowing the card', async () => {
    // An overflowing line made the card's compositing throw, failing the build (a title such as `</script><script>…` is one word).
    expect((await wrapLines('کوتاه بسیاربسیاربلند کوتاه', 6, 5, byLength)).lines).toEqual(['کوتاه', 'بسیارب', 'سیاربل', 'ند', 'کوتاه']);
    const truncated = await wrapLines('x'.repeat(400), 6, 2, byLength);
    expect(truncated).toEqual({ lines: ['xxxxxx', 'xxxxx…'], truncated: true });
  });
});
