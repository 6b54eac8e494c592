import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFontFiles, characterList } from './build-font';

describe('build-font', () => {
  it('rebuilds the committed fonts byte for byte, two files under 45 KB together', async () => {
    const files = await buildFontFiles();
    expect(files.map((file) => file.output.split('/').pop())).toEqual(['vazirmatn-regular.woff2', 'vazirmatn-bold.woff2']);
    for (const file of files) expect(readFileSync(file.output).equals(file.bytes)).toBe(true);
    expect(files.reduce((sum, file) => sum + file.bytes.length, 0)).toBeLessThanOrEqual(45 * 1024);
  }, 60_000);

  it('keeps ZWNJ, ZWJ, bidi marks, Persian letters and digits, « » and basic Latin', () => {
    const kept = new Set([...characterList()]);
    for (const character of [
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u2067',
      'پ',
      'چ',
      'ژ',
      'ک',
      'گ',
      'ی',
      'ۀ',
      '۰',
      '۹',
      '٫',
      '«',
      '»',
      'ً',
      'ٔ',
      'A',
      'z',
      '0',
      '{',
    ]) {
      expect(kept.has(character), `U+${character.codePointAt(0)!.toString(16)}`).toBe(true);
    }
  });
});
