import { toAsciiDigits } from './digits';
import { normalizePersianLetters } from './letters';

// ZWNJ separates the parts of one word (روش‌ها). Dropping it, as github-slugger
// and Hugo do, glues the parts into a different word (روشها), so it becomes a
// hyphen: the id stays readable and still maps back to the heading.
const ZWNJ = /\u200C/g;

// Harakat, superscript alef and tatweel are optional in Persian writing; the
// same heading with and without them must get the same id. They are stripped
// after NFC so that marks that are part of a letter (آ = ا + U+0653,
// أ = ا + U+0654) are composed into that letter first and survive.
const MARKS_AND_TATWEEL = /[\u064B-\u065F\u0670\u0640]/g;

// Invisible direction marks and isolates pasted from editors would otherwise
// make two visually identical headings produce different ids.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const SEPARATORS = /[\s_]+/gu;

// `C++`, `C#` and `C` are different languages: spelling the signs that end a Latin name
// keeps their tags and ids apart (c-plus-plus, c-sharp, c) instead of folding all into `c`.
// Elsewhere (`a+b`, `#hashtag`) the signs are only punctuation and go.
const LANGUAGE_SIGNS = /(?<=[A-Za-z])(\+\+|\+|#)(?![\p{L}\p{N}])/gu;
const SIGN_WORDS: Record<string, string> = { '++': '-plus-plus', '+': '-plus', '#': '-sharp' };

// A character survives only if it is both (Arabic or Latin script, or an ASCII
// digit or '-') and (a letter, a decimal digit or '-'). Written as two negated
// classes because class intersection needs the ES2024 `v` flag.
const DISALLOWED = /[^\p{Script=Arabic}\p{Script=Latin}0-9-]|[^\p{L}\p{Nd}-]/gu;

/**
 * URL- and id-safe slug that keeps Persian words readable.
 *
 * Returns '' when nothing usable is left (e.g. '؟!'); the caller chooses the
 * fallback because a tag URL and a heading id want different ones.
 */
export function slugify(text: string): string {
  const result = text.normalize('NFC').replace(LANGUAGE_SIGNS, (sign) => SIGN_WORDS[sign] ?? '');
  // One form of digits in URLs (10-نکته), so `۱۰` and `10` name the same tag or article.
  return toAsciiDigits(normalizePersianLetters(result))
    .replace(BIDI_CONTROLS, '')
    .replace(MARKS_AND_TATWEEL, '')
    .toLowerCase()
    .replace(ZWNJ, '-')
    .replace(SEPARATORS, '-')
    .replace(DISALLOWED, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Slugger {
  /** Slug for `text`, made unique among the slugs this slugger has returned. */
  slug(text: string): string;
}

const EMPTY_FALLBACK = 'section';

/**
 * Per-document de-duplication with github-slugger's numbering (x, x-1, x-2),
 * so anchors behave like those readers already know from GitHub and
 * rehype-slug, including when a heading's own text looks like a generated
 * suffix ('x-1' written literally before a second 'x').
 */
export function createSlugger(): Slugger {
  const occurrences = new Map<string, number>();

  return {
    slug(text: string): string {
      const base = slugify(text) || EMPTY_FALLBACK;
      let result = base;
      while (occurrences.has(result)) {
        const count = (occurrences.get(base) ?? 0) + 1;
        occurrences.set(base, count);
        result = `${base}-${count}`;
      }
      occurrences.set(result, 0);
      return result;
    },
  };
}
