/**
 * Greedy line breaking for a title drawn on an image, with a measuring function supplied by
 * the renderer (the real shaped width of a run of text). Breaks only at spaces: a ZWNJ joins
 * the parts of one word (`می‌کنم`) and never becomes a break.
 */
export interface WrapResult {
  lines: string[];
  /** True when words were left out and the last line ends with an ellipsis. */
  truncated: boolean;
}

export const ELLIPSIS = '…';

export async function wrapLines(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: (line: string) => number | Promise<number>,
): Promise<WrapResult> {
  const words = keepNumbersWithTheirWord(
    text
      .trim()
      .split(/[ \t\n\r\u00a0]+/)
      .filter(Boolean),
  );
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    let line = words[index++]!;
    if (line.includes(' ') && (await measure(line)) > maxWidth) {
      // A number kept with its words, too wide together for a line: the first word parts after
      // all, and the rest stay together (`در ۵ نکته` → `در` / `۵ نکته`) unless too wide in turn.
      const [first, ...rest] = line.split(' ');
      words.splice(index, 0, rest.join(' '));
      line = first!;
    }
    if ((await measure(line)) > maxWidth) {
      // One word wider than the card (a long URL, `</script><script>…`): cut it, the rest goes on.
      const characters = Array.from(line);
      const fits = await longestFittingPrefix(characters, '', maxWidth, measure);
      words.splice(index, 0, characters.slice(fits).join(''));
      line = characters.slice(0, fits).join('');
    }
    while (index < words.length && (await measure(`${line} ${words[index]}`)) <= maxWidth) line += ` ${words[index++]}`;
    lines.push(line);
  }
  if (index >= words.length) return { lines, truncated: false };

  // Words remain: end the last line with an ellipsis, dropping words until it fits.
  let last = lines.pop()!.split(' ');
  while (last.length > 1 && (await measure(`${last.join(' ')}${ELLIPSIS}`)) > maxWidth) last = last.slice(0, -1);
  if ((await measure(`${last[0]}${ELLIPSIS}`)) > maxWidth) {
    const characters = Array.from(last[0]!);
    last = [characters.slice(0, await longestFittingPrefix(characters, ELLIPSIS, maxWidth, measure)).join('')];
  }
  lines.push(`${last.join(' ')}${ELLIPSIS}`);
  return { lines, truncated: true };
}

/** A number with the punctuation around it: `3`, `۳)`, `2024.`, `(۱۴۰۲)`, `۵۰٪`, `۳؟`. */
const NUMBER = /^[([«]?\p{Nd}+(?:[.,٫/]\p{Nd}+)*[%٪]?[)\]».,،:؛!?؟]*$/u;

/** A number with nothing after it (`۱۰`, `3.12`, `۵۰٪`): one that can count the word that follows. */
const BARE_NUMBER = /^[([«]?\p{Nd}+(?:[.,٫/]\p{Nd}+)*[%٪]?$/u;

/**
 * A number never parts from its word, as a no-break space in a printed book keeps them: it is
 * not left alone at the start of a line, away from the word it names (`بخش ۳`, `Python 3.12`,
 * `(بخش 3)` whose `3)` would sit alone under the rest), nor at the end of one, away from the
 * word it counts (`۱۰ روز`, `۵ نکته`).
 */
function keepNumbersWithTheirWord(words: string[]): string[] {
  const kept: string[] = [];
  for (const word of words) {
    const previous = kept.at(-1)?.split(' ').at(-1);
    // Only a number and a word: numbers in a row (`1 2 3`) stay apart, or a list of them could not wrap.
    const numberAfterWord = previous !== undefined && !NUMBER.test(previous) && NUMBER.test(word);
    const wordAfterNumber = previous !== undefined && BARE_NUMBER.test(previous) && !NUMBER.test(word);
    if (numberAfterWord || wordAfterNumber) kept[kept.length - 1] += ` ${word}`;
    else kept.push(word);
  }
  return kept;
}

/** How many of `characters` (at least one) fit in `maxWidth` followed by `suffix`: a binary search over prefixes. */
async function longestFittingPrefix(
  characters: string[],
  suffix: string,
  maxWidth: number,
  measure: (line: string) => number | Promise<number>,
): Promise<number> {
  let low = 1;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((await measure(characters.slice(0, middle).join('') + suffix)) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return low;
}
