import { describe, expect, it } from 'vitest';
import { applyEditsToSource } from './apply-edits';

const Z = '\u200C';

describe('applyEditsToSource', () => {
  it('applies edits made on the LF text to a CRLF file with a BOM, keeping both', () => {
    const original = '\uFEFF---\r\ntitle: a\r\n---\r\nمیکنم\r\nآنها\r\n';
    // Normalised: '---\ntitle: a\n---\nمیکنم\nآنها\n' (میکنم starts at 17, آنها at 23).
    const fixed = applyEditsToSource(original, [
      { start: 19, end: 19, text: Z },
      { start: 25, end: 25, text: Z },
    ]);
    expect(fixed).toBe(`\uFEFF---\r\ntitle: a\r\n---\r\nمی${Z}کنم\r\nآن${Z}ها\r\n`);
  });

  it('keeps LF files LF and writes replacements at the right place', () => {
    expect(applyEditsToSource('a ، b\n', [{ start: 1, end: 2, text: '' }])).toBe('a، b\n');
  });

  it('drops an edit overlapping one before it, and a repeated insertion', () => {
    expect(
      applyEditsToSource('abcdef', [
        { start: 1, end: 4, text: 'X' },
        { start: 2, end: 3, text: 'Y' },
        { start: 5, end: 5, text: '-' },
        { start: 5, end: 5, text: '-' },
      ]),
    ).toBe('aXe-f');
  });
});
