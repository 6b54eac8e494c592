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
      // A number kept with its word, too wide together for a line: they part after all.
      const [first, ...rest] = line.split(' ');
      words.splice(index, 0, ...rest);
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

/**
 * A number is never left alone at the start of a line, away from the word it counts or names
 * (`بخش ۳`, `Python 3.12`, `(بخش 3)` whose `3)` would sit alone under the rest): it moves down
 * with the word before it, as a no-break space in a printed book keeps them.
 */
function keepNumbersWithTheirWord(words: string[]): string[] {
  const kept: string[] = [];
  for (const word of words) {
    // Only to a word: numbers in a row (`1 2 3`) stay apart, or a list of them could not wrap.
    const previous = kept.at(-1)?.split(' ').at(-1);
    if (previous !== undefined && !NUMBER.test(previous) && NUMBER.test(word)) kept[kept.length - 1] += ` ${word}`;
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
