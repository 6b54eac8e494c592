/** Letters, marks, digits and punctuation of the Arabic script. */
const PERSIAN = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
/**
 * Persian words and the spaces, direction marks and joiners between them: one run, as a phrase
 * reads. A run starts and ends with Arabic script: a joiner alone is an emoji's (`👩‍💻`), and
 * taking it from the emoji would draw it as two.
 */
const RUN = new RegExp(
  `[${PERSIAN}](?:[${PERSIAN}\\u200C\\u200D]*[${PERSIAN}])?(?:[ \\u00A0\\u200C-\\u200F]+[${PERSIAN}](?:[${PERSIAN}\\u200C\\u200D]*[${PERSIAN}])?)*`,
  'g',
);
const HAS_PERSIAN = new RegExp(`[${PERSIAN}]`);

export interface ScriptRun {
  text: string;
  /** True for a run of Persian (Arabic-script) words. */
  persian: boolean;
}

/** Whether the text holds any Persian (Arabic-script) letter: a cheap test before splitting. */
export function hasPersian(text: string): boolean {
  return HAS_PERSIAN.test(text);
}

/** Splits text into runs of Persian words and the rest (`# مرتب‌سازی با quicksort` → 3 runs). */
export function splitPersianRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), persian: false });
    runs.push({ text: match[0], persian: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), persian: false });
  return runs;
}
