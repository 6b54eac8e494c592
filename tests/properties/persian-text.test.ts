/**
 * Properties of the Persian text functions over any text (fast-check): they never throw, and
 * what should be a fixed point is one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixTypography } from '@/lib/persian/typography/rules';
import { slugify } from '@/lib/persian/slug';
import { foldForSearch, normalizeForSearch } from '@/lib/search/normalize';
import { authorText } from './arbitraries';

const runs = { numRuns: 1000 };
/** fast-check runs many cases per test; this only catches a hang. */
const slow = { timeout: 120_000 };
const ZWNJ = '\u200C';

describe('slugify', () => {
  it('gives a URL-safe slug: letters, digits and single inner hyphens only', slow, () => {
    fc.assert(
      fc.property(authorText(), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^(?:[\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)*)?$/u);
        expect(slug).not.toContain(ZWNJ);
        expect(slug).toBe(slug.normalize('NFC'));
      }),
      runs,
    );
  });

  it('is idempotent: a slug is its own slug', slow, () => {
    fc.assert(
      fc.property(authorText(), (text) => {
        expect(slugify(slugify(text))).toBe(slugify(text));
      }),
      runs,
    );
  });
});

describe('the search normaliser', () => {
  it('is idempotent, and maps every folded character back into the original', slow, () => {
    fc.assert(
      fc.property(authorText(), (text) => {
        const folded = foldForSearch(text);
        expect(normalizeForSearch(folded.text)).toBe(folded.text);
        expect(folded.sourceStart).toHaveLength(folded.text.length);
        expect(folded.sourceEnd).toHaveLength(folded.text.length);
        for (let i = 0; i < folded.text.length; i++) {
          expect(folded.sourceStart[i]!).toBeGreaterThanOrEqual(i === 0 ? 0 : folded.sourceStart[i - 1]!);
          expect(folded.sourceEnd[i]!).toBeLessThanOrEqual(text.length);
          expect(folded.sourceStart[i]!).toBeLessThan(folded.sourceEnd[i]!);
        }
      }),
      runs,
    );
  });

  it('folds the same word written with Arabic or Persian letters and digits alike', slow, () => {
    const arabic: Record<string, string> = { ی: 'ي', ک: 'ك', '۱': '1' };
    fc.assert(
      fc.property(authorText(), (text) => {
        const persianForm = text.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
        const arabicForm = persianForm.replace(/[یک]/g, (char) => arabic[char]!);
        expect(normalizeForSearch(arabicForm)).toBe(normalizeForSearch(persianForm));
      }),
      runs,
    );
  });
});

describe('the typography fixer', () => {
  it('never throws and is idempotent: fixed text has nothing left to fix', slow, () => {
    fc.assert(
      fc.property(authorText(), (text) => {
        const fixed = fixTypography(text);
        expect(fixTypography(fixed)).toBe(fixed);
      }),
      runs,
    );
  });

  it(
    'never removes a ZWNJ, nor any letter or digit (it only adds joiners, swaps letters, digits and quotes, and moves spaces)',
    slow,
    () => {
      fc.assert(
        fc.property(authorText(), (text) => {
          const fixed = fixTypography(text);
          const count = (value: string) => [...value].filter((char) => char === ZWNJ).length;
          expect(count(fixed)).toBeGreaterThanOrEqual(count(text));
          expect(slugify(fixed).replace(/-/g, '')).toBe(slugify(text).replace(/-/g, ''));
        }),
        runs,
      );
    },
  );
});
