import { formatPersianNumber } from './digits';

/*
 * 180 words per minute is an estimate, not a measurement of Persian readers.
 * No published study of adult silent reading speed for Persian was found:
 * the IReST study (Trauzettel-Klosinski & Dietz 2012, IOVS 53:5452) covers 17
 * languages, Persian not among them, and timed reading aloud (mean 184 wpm).
 * Brysbaert's meta-analysis (J. Mem. Lang. 2019) puts English silent reading of
 * non-fiction at ~238 wpm and notes rates differ across languages. Technical
 * prose interleaved with Latin terms and switches of direction reads slower
 * than general non-fiction, so a figure well below the English one errs towards
 * overstating rather than understating the time. Override via `wordsPerMinute` if real
 * data from the site's readers says otherwise.
 */
export const DEFAULT_WORDS_PER_MINUTE = 180;

/*
 * Code is read line by line rather than skimmed as words, and its tokens do not
 * map to prose words, so it is timed separately: 20 lines a minute (3 s a
 * line) is likewise a rough estimate, not a measured figure.
 */
export const CODE_LINES_PER_MINUTE = 20;

export interface ReadingTimeOptions {
  /** Lines of code in the article, counted separately from prose. */
  codeLines?: number;
  wordsPerMinute?: number;
}

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Counts whitespace-separated tokens that contain a letter or digit. ZWNJ is
 * not whitespace, so 'می‌شود' is one word as a Persian reader sees it; a
 * stand-alone dash or '،' is not counted as a word.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (HAS_WORD_CHARACTER.test(token)) count += 1;
  }
  return count;
}

/**
 * Whole minutes, rounded up, at least 1. Pass prose only (e.g. Markdown with
 * code blocks removed) and the number of code lines separately.
 */
export function estimateReadingMinutes(text: string, opts: ReadingTimeOptions = {}): number {
  const wordsPerMinute = opts.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
  const codeLines = opts.codeLines ?? 0;
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    throw new RangeError(`wordsPerMinute must be a positive number, got ${wordsPerMinute}`);
  }
  if (!Number.isFinite(codeLines) || codeLines < 0) {
    throw new RangeError(`codeLines must be a non-negative number, got ${codeLines}`);
  }

  const words = countWords(text);
  // One division over a common denominator: summing two quotients can land a
  // hair above an integer (2.0000000000000004) and Math.ceil would add a minute.
  const minutes = (words * CODE_LINES_PER_MINUTE + codeLines * wordsPerMinute) / (wordsPerMinute * CODE_LINES_PER_MINUTE);
  return Math.max(1, Math.ceil(minutes));
}

/** '۷ دقیقه مطالعه'. */
export function formatReadingTime(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a non-negative number, got ${minutes}`);
  }
  return `${formatPersianNumber(minutes)} دقیقه مطالعه`;
}
