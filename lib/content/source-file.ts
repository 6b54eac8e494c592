import { readFileSync } from 'node:fs';
import type { ContentProblem } from './problems';

export type SourceText = { ok: true; text: string } | { ok: false; problem: ContentProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an article as text the way authors' editors save it: strips a UTF-8 BOM and turns
 * Windows (CRLF) and old Mac (CR) line endings into LF. Empty and binary files are problems,
 * never silently skipped.
 */
export function readSourceText(absolutePath: string, displayPath: string): SourceText {
  const bytes = readFileSync(absolutePath);
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
