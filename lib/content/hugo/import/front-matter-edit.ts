/**
 * Small edits to an article's front matter as text, YAML (`---`) or TOML (`+++`), so the
 * author's own lines, comments and order stay as they were.
 */

type Format = 'yaml' | 'toml';

function split(text: string): { format: Format; lines: string[]; close: number } | undefined {
  const lines = text.split('\n');
  const delimiter = lines[0]?.trimEnd();
  if (delimiter !== '---' && delimiter !== '+++') return undefined;
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === delimiter);
  return close < 0 ? undefined : { format: delimiter === '+++' ? 'toml' : 'yaml', lines, close };
}

/** Top-level `key:`/`key =` line and the lines of its value (indented YAML or a TOML table). */
function findKey(lines: string[], close: number, key: string, format: Format): { start: number; end: number } | undefined {
  const keyLine = new RegExp(`^${key}\\s*${format === 'toml' ? '=' : ':'}`, 'i');
  const table = new RegExp(`^\\[${key}\\]\\s*$`, 'i');
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (keyLine.test(line)) {
      let end = i + 1;
      // An indented value, or a list written at the key's own indentation (`- /old/`).
      if (format === 'yaml') while (end < close && /^(\s+\S|-\s)/.test(lines[end]!)) end++;
      else if (/\[\s*$/.test(line) || (line.includes('[') && !line.includes(']'))) while (end < close && !lines[end - 1]!.includes(']')) end++;
      return { start: i, end };
    }
    if (format === 'toml' && table.test(line)) {
      let end = i + 1;
      while (end < close && !/^\[/.test(lines[end]!)) end++;
      return { start: i, end };
    }
  }
  return undefined;
}

function quote(value: string): string {
  return JSON.stringify(value);
}

/** Sets the article's `aliases` to exactly this list. */
export function setAliases(text: string, aliases: readonly string[]): string {
  const parts = split(text);
  if (!parts) return text;
  const { format, lines, close } = parts;
  const line = `aliases${format === 'toml' ? ' =' : ':'} [${aliases.map(quote).join(', ')}]`;
  const found = findKey(lines, close, 'aliases', format);
  if (found) lines.splice(found.start, found.end - found.start, line);
  else lines.splice(tomlInsertAt(lines, close, format), 0, line);
  return lines.join('\n');
}

/** Sets `draft` to true. */
export function setDraft(text: string): string {
  const parts = split(text);
  if (!parts) return text;
  const { format, lines, close } = parts;
  const line = `draft${format === 'toml' ? ' =' : ':'} true`;
  const found = findKey(lines, close, 'draft', format);
  if (found) lines.splice(found.start, found.end - found.start, line);
  else lines.splice(tomlInsertAt(lines, close, format), 0, line);
  return lines.join('\n');
}

/**
 * Turns the cover into comments (kept for the author, read by nobody): a cover that cannot be
 * served would stop the build even in a draft.
 */
export function commentOutCover(text: string): string {
  const parts = split(text);
  if (!parts) return text;
  const { format, lines, close } = parts;
  const found = findKey(lines, close, 'cover', format);
  if (!found) return text;
  for (let i = found.start; i < found.end; i++) lines[i] = `# ${lines[i]}`;
  return lines.join('\n');
}

/** In TOML, top-level keys must come before the first `[table]`. */
function tomlInsertAt(lines: string[], close: number, format: Format): number {
  if (format === 'yaml') return close;
  const table = lines.findIndex((line, index) => index > 0 && index < close && /^\[/.test(line));
  return table > 0 ? table : close;
}
