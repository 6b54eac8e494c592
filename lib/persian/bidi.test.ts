import { describe, expect, it } from 'vitest';
import { splitForIsolation } from './bidi';

const isolated = (text: string) =>
  splitForIsolation(text)
    .filter((s) => s.isolate)
    .map((s) => s.text);

describe('splitForIsolation', () => {
  it('isolates tokens that start or end with a neutral character', () => {
    expect(isolated('زبان‌های C++ و C# و F# و .NET')).toEqual(['C++', 'C#', 'F#', '.NET']);
    expect(isolated('با i++ و --save')).toEqual(['i++', '--save']);
  });

  it('isolates function-like tokens that end with a parenthesis', () => {
    expect(isolated('در زمان O(n log n) مرتب می‌کند')).toEqual(['O(n log n)']);
    expect(isolated('هزینهٔ O(1) است')).toEqual(['O(1)']);
  });

  it('leaves long calls alone: an isolated token cannot wrap on a phone', () => {
    expect(isolated('مثلاً sorted(list_of_numbers, key=lambda item: item.value) را ببینید')).toEqual([]);
  });

  it('leaves words that already display correctly alone', () => {
    expect(isolated('مدل‌های زبانی بزرگ (LLM) مثل ChatGPT')).toEqual([]);
    expect(isolated('با Node.js 20 و Python 3.12 و GPT-3.5 کار کنید.')).toEqual([]);
    expect(isolated('این بار با TypeScript.')).toEqual([]);
  });

  it('keeps every character, ZWNJ included, in order', () => {
    const text = 'می‌توان با C++ نوشت؛ O(log n) سریع‌تر است.';
    expect(
      splitForIsolation(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
    expect(splitForIsolation('')).toEqual([{ text: '', isolate: false }]);
  });
});
