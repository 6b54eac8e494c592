/**
 * Search-only folding of Persian text. Index and query both pass through here, so every
 * spelling a reader may type (Arabic keyboard letters, diacritics, tatweel, any digit system,
 * upper case) meets the spelling an author wrote. Never shown to readers: displayed text keeps
 * its own letters and ZWNJs, and `sourceStart`/`sourceEnd` map every folded character back to it.
 */

export const ZWNJ = '\u200C';

const LETTERS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06C0': '\u0647', // ۀ heh with yeh above → ه (also reached by decomposition below)
  '\u06D5': '\u0647', // ە ae, what ۀ decomposes to → ه
  '\u06BE': '\u0647', // ھ heh doachashmee (Urdu keyboards) → ه
  '\u0671': '\u0627', // ٱ alef wasla → ا (أ إ آ decompose to ا + a mark, dropped below)
};

/**
 * Marks and invisible characters with no bearing on which word it is: Latin combining accents,
 * Arabic tashkeel U+064B–065F (including the hamza above left by decomposing أ ؤ ئ ۀ), superscript
 * alef U+0670, tatweel U+0640, bidi controls, ZWJ, BOM and soft hyphen. ZWNJ is kept: the
 * tokenizer needs it to know where the parts of a word are.
 */
const DROPPED = /[\u0300-\u036F\u064B-\u065F\u0670\u0640\u200B\u200D-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/;

export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`, where the original character it came from starts… */
  sourceStart: number[];
  /** …and ends, as string indices into the original. */
  sourceEnd: number[];
}

const cache = new Map<string, string>();

/** How one code point of the original folds (possibly to nothing or to several characters). */
function foldCodePoint(char: string): string {
  let folded = cache.get(char);
  if (folded !== undefined) return folded;
  folded = '';
  // NFKD splits presentation forms, ligatures and letters carrying hamza or madda into a base
  // letter and marks; the marks are dropped and the base letters mapped.
  for (const part of (LETTERS[char] ?? char).normalize('NFKD')) {
    if (DROPPED.test(part)) continue;
    const code = part.charCodeAt(0);
    if (code >= 0x06f0 && code <= 0x06f9) folded += String.fromCharCode(code - 0x06f0 + 0x30);
    else if (code >= 0x0660 && code <= 0x0669) folded += String.fromCharCode(code - 0x0660 + 0x30);
    else if (part === '\u066B')
      folded += '.'; // ٫ Persian decimal separator
    else folded += (LETTERS[part] ?? part).toLowerCase();
  }
  folded = folded.normalize('NFC');
  cache.set(char, folded);
  return folded;
}

/**
 * A thousands separator inside a number (`۹۰٬۰۰۰`, `90,000`): a digit before it and a group of
 * exactly three after. Dropped, so the number is one word whichever way it is written or typed
 * (`90000`); `1,2,3` keeps its commas.
 */
const THOUSANDS_SEPARATOR = /(?<=\p{Nd})[,\u066C](?=\p{Nd}{3}(?!\p{Nd}))/gu;

/** Folds text for search, remembering where each folded character came from. */
export function foldForSearch(original: string): FoldedText {
  let text = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  const separators = new Set<number>();
  for (const match of original.matchAll(THOUSANDS_SEPARATOR)) separators.add(match.index);
  let index = 0;
  for (const char of original) {
    const folded = separators.has(index) ? '' : foldCodePoint(char);
    text += folded;
    for (let i = 0; i < folded.length; i++) {
      sourceStart.push(index);
      sourceEnd.push(index + char.length);
    }
    index += char.length;
  }
  return { text, sourceStart, sourceEnd };
}

/** The folded form alone: `كتاب` → `کتاب`, `۲۰۱۲` → `2012`, `ChatGPT` → `chatgpt`. */
export function normalizeForSearch(text: string): string {
  return foldForSearch(text).text;
}
