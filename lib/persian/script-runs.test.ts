import { describe, expect, it } from 'vitest';
import { hasPersian, splitPersianRuns } from './script-runs';

describe('Persian runs', () => {
  it('keep a phrase whole, with its spaces and zero-width non-joiners, and leave code around it', () => {
    expect(splitPersianRuns('# مرتب‌سازی ادغامی، پایدار: merge_sort(a)')).toEqual([
      { text: '# ', persian: false },
      { text: 'مرتب‌سازی ادغامی، پایدار', persian: true },
      { text: ': merge_sort(a)', persian: false },
    ]);
    expect(splitPersianRuns('print("سلام")')).toEqual([
      { text: 'print("', persian: false },
      { text: 'سلام', persian: true },
      { text: '")', persian: false },
    ]);
  });

  it('take Persian digits and Arabic-script letters, and nothing from Latin text', () => {
    expect(splitPersianRuns('x = ۴۲ # عدد')).toEqual([
      { text: 'x = ', persian: false },
      { text: '۴۲', persian: true },
      { text: ' # ', persian: false },
      { text: 'عدد', persian: true },
    ]);
    expect(splitPersianRuns('const total = 42;')).toEqual([{ text: 'const total = 42;', persian: false }]);
    expect(hasPersian('const total = 42;')).toBe(false);
    expect(hasPersian('// ك')).toBe(true);
  });

  it('leave an emoji’s zero-width joiner to the emoji', () => {
    expect(hasPersian('// 👩\u200D💻')).toBe(false);
    expect(splitPersianRuns('"👩\u200D💻 برنامه‌نویس"')).toEqual([
      { text: '"👩\u200D💻 ', persian: false },
      { text: 'برنامه‌نویس', persian: true },
      { text: '"', persian: false },
    ]);
  });
});
