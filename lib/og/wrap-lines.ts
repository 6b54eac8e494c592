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
  const words = text
    .trim()
    .split(/[ \t\n\r\u00a0]+/)
    .filter(Boolean);
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    let line = words[index++]!;
    while (index < words.length && (await measure(`${line} ${words[index]}`)) <= maxWidth) line += ` ${words[index++]}`;
    lines.push(line);
  }
  if (index >= words.length) return { lines, truncated: false };

  // Words remain: end the last line with an ellipsis, dropping words until it fits.
  let last = lines.pop()!.split(' ');
  while (last.length > 1 && (await measure(`${last.join(' ')}${ELLIPSIS}`)) > maxWidth) last = last.slice(0, -1);
  lines.push(`${last.join(' ')}${ELLIPSIS}`);
  return { lines, truncated: true };
}
