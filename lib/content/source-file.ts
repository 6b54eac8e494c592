import { readFileSync } from 'node:fs';
import type { ContentProblem } from './problems';

export type SourceText = { ok: true; text: string } | { ok: false; problem: ContentProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * About forty times the longest article here. A 4.4 MB one with a link and inline code in every
 * line took 90 s to compile and 40 s to index for search on the build machine: past this size
 * an article costs every build minutes, and is a mistake (a pasted log or data file) anyway.
 */
export const MAX_ARTICLE_BYTES = 2 ** 20;

/**
 * Reads an article as text the way authors' editors save it: strips a UTF-8 BOM and turns
 * Windows (CRLF) and old Mac (CR) line endings into LF. Empty and binary files are problems,
 * never silently skipped.
 */
export function readSourceText(absolutePath: string, displayPath: string): SourceText {
  const bytes = readFileSync(absolutePath);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return fail(
      displayPath,
      `is ${(bytes.length / 2 ** 20).toFixed(1)} MB; an article may be at most ${MAX_ARTICLE_BYTES / 2 ** 20} MB`,
      'split it into parts of a series (`series:` in the front matter); keep data files out of content/posts/',
    );
  }
  if (bytes.includes(0)) {
    return fail(displayPath, 'is a binary file, not UTF-8 text', 'save it as UTF-8 Markdown, or move it out of content/posts/');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail(displayPath, 'is not valid UTF-8 text', 'save the file with UTF-8 encoding in your editor');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return fail(displayPath, 'is empty', 'write the article (front matter with title and date, then the text) or delete the file');
  }
  return { ok: true, text };
}

function fail(file: string, reason: string, fix: string): SourceText {
  return { ok: false, problem: { file, reason, fix } };
}
