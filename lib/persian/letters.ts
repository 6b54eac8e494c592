/**
 * Arabic code points that look almost right in Persian text but are wrong:
 * Arabic yeh keeps its two dots in final position and Arabic kaf has a
 * different shape, and both break search and sorting against correctly typed
 * text. They usually arrive via Arabic keyboard layouts or copy-paste.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي Arabic yeh -> ی Farsi yeh
  '\u0649': '\u06CC', // ى alef maksura -> ی Farsi yeh
  '\u0643': '\u06A9', // ك Arabic kaf -> ک keheh
  '\u0660': '\u06F0',
  '\u0661': '\u06F1',
  '\u0662': '\u06F2',
  '\u0663': '\u06F3',
  '\u0664': '\u06F4',
  '\u0665': '\u06F5',
  '\u0666': '\u06F6',
  '\u0667': '\u06F7',
  '\u0668': '\u06F8',
  '\u0669': '\u06F9',
};

const PATTERN = /[\u064A\u0649\u0643\u0660-\u0669]/g;

/**
 * Replaces Arabic yeh/kaf and Arabic-Indic digits with their Persian forms.
 *
 * Deliberately does nothing else: this runs on text that is displayed, so it
 * must not touch ZWNJ, diacritics or anything whose removal would change how
 * a word reads. Heavier folding (hamza forms, teh marbuta, ZWNJ) belongs in a
 * search-only normaliser.
 */
export function normalizePersianLetters(text: string): string {
  return text.replace(PATTERN, (ch) => REPLACEMENTS[ch] ?? ch);
}
