import type { TextEdit } from './diagnostic';

/**
 * Applies edits made against the normalised text (no BOM, LF line ends: what the loader reads)
 * to the file's original text, so a Windows file keeps its CRLFs and its BOM. Overlapping edits
 * keep the first (in text order); `--fix` runs again for the rest.
 */
export function applyEditsToSource(original: string, edits: readonly TextEdit[]): string {
  // Offset in the normalised text → offset in the original.
  const toOriginal: number[] = [];
  let i = original.startsWith('\uFEFF') ? 1 : 0;
  while (i <= original.length) {
    toOriginal.push(i);
    if (original[i] === '\r') i += original[i + 1] === '\n' ? 2 : 1;
    else i++;
  }
  const lineEnd = original.includes('\r\n') ? '\r\n' : '\n';
  const accepted: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = accepted.at(-1);
    if (last && (edit.start < last.end || (edit.start === last.start && edit.end === last.end && edit.start === edit.end))) continue;
    accepted.push(edit);
  }
  let result = original;
  for (const edit of accepted.reverse()) {
    const start = toOriginal[edit.start];
    const end = toOriginal[edit.end];
    if (start === undefined || end === undefined) continue;
    result = result.slice(0, start) + edit.text.replace(/\n/g, lineEnd) + result.slice(end);
  }
  return result;
}
