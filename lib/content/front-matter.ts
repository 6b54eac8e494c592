import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { frontMatterSchema, knownFrontMatterKeys, type FrontMatter } from './schema';
import type { ContentProblem } from './problems';

export interface ParsedArticle {
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line of the file where `body` starts, to report body problems at file positions. */
  bodyStartLine: number;
}

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; problems: ContentProblem[] };

/** Parses and validates the front matter of one article's text (already BOM- and CRLF-clean). */
export function parseArticle(text: string, file: string): ParseResult {
  if (!/^---[ \t]*\n/.test(text)) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          reason: 'has no front matter',
          fix: 'start the file with a `---` line, then `title:` and `date:` lines, then another `---` line',
        },
      ],
    };
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object bypasses gray-matter's cache, which would otherwise hand back
    // a previous result (and its mutated data) for identical text.
    parsed = matter(text, { engines: { yaml: parseYaml } });
  } catch (error) {
    return { ok: false, problems: [yamlProblem(error, file)] };
  }

  const data = lowerCaseKeys(parsed.data);
  const problems: ContentProblem[] = [...typoProblems(data, text, file)];
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) problems.push(...result.error.issues.map((issue) => schemaProblem(issue, data, text, file)));
  if (problems.length > 0 || !result.success) return { ok: false, problems };

  const bodyOffset = text.length - parsed.content.length;
  const bodyStartLine = countLines(text.slice(0, bodyOffset)) + 1;
  return { ok: true, article: { frontMatter: result.data, body: parsed.content, bodyStartLine } };
}

/** The front matter's top-level keys as written (for `npm run check`); empty when it does not parse. */
export function frontMatterKeys(text: string): string[] {
  try {
    return Object.keys(matter(text, { engines: { yaml: parseYaml } }).data);
  } catch {
    return [];
  }
}

/** Hugo reads front matter keys case-insensitively (`lastMod` works), so we do too. */
function lowerCaseKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
}

/**
 * YAML's core schema: dates stay the text the author wrote. The default schema turns
 * `2024-02-30` into 1 March and a time without an offset into UTC before we can look at it;
 * the front matter schema parses dates itself, in the site's time zone.
 */
function parseYaml(source: string): object {
  return (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;
}

function yamlProblem(error: unknown, file: string): ContentProblem {
  const yamlError = error as { reason?: string; message?: string; mark?: { line: number; column: number } };
  const reason = yamlError.reason ?? yamlError.message?.split('\n')[0] ?? String(error);
  return {
    file,
    // gray-matter hands js-yaml the text right after the opening `---`, starting with that
    // line's own newline, so js-yaml's line 0 is file line 1 and its line N is file line N + 1.
    line: yamlError.mark ? yamlError.mark.line + 1 : undefined,
    column: yamlError.mark ? yamlError.mark.column + 1 : undefined,
    reason: `front matter is not valid YAML: ${reason}`,
    fix: 'check the indentation and quote values that contain `:` or start with `[`, `{`, `*`, `&`, `!` or `#`',
  };
}

const fixes: Record<string, string> = {
  title: 'add a line such as `title: عنوان مقاله` to the front matter',
  date: 'write the publication date as `date: 2024-01-30` (Gregorian, YYYY-MM-DD)',
  lastmod: 'write the last update as `lastmod: 2024-02-15` (Gregorian, YYYY-MM-DD), or remove the line',
  tags: 'write tags as a list, e.g. `tags: [پایتون, الگوریتم]`',
  categories: 'write categories as a list, e.g. `categories: [برنامه‌نویسی]`',
  draft: 'write `draft: true` or `draft: false`',
  cover: 'write the cover as an indented block: `cover:` then `  image: cover.jpg` and `  alt: …`',
  'cover.image': 'give the image file name beside the article, e.g. `  image: cover.jpg`',
};

function schemaProblem(issue: z.core.$ZodIssue, data: Record<string, unknown>, text: string, file: string): ContentProblem {
  const keyPath = issue.path.filter((part): part is string => typeof part === 'string');
  const field = issue.path.map(String).join('.');
  const location = locateField(text, keyPath);
  const missing = valueAt(data, issue.path) === undefined;
  return {
    file,
    line: location?.line ?? 1,
    column: location?.column,
    field,
    reason: missing ? 'is required but missing' : issue.message,
    fix: fixes[field] ?? fixes[keyPath[0] ?? ''],
  };
}

function typoProblems(data: Record<string, unknown>, text: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(data)) {
    if (knownFrontMatterKeys.includes(key)) continue;
    const suggestion = knownFrontMatterKeys.find((known) => editDistance(key, known) <= (known.length > 4 ? 2 : 1));
    if (!suggestion) continue;
    const location = locateField(text, [key]);
    problems.push({
      file,
      line: location?.line,
      column: location?.column,
      field: key,
      reason: `is not a known field; did you mean \`${suggestion}\`?`,
      fix: `rename \`${key}:\` to \`${suggestion}:\``,
    });
  }
  return problems;
}

/** Finds the line and column of a (nested) key inside the front matter block. */
export function locateField(text: string, keyPath: readonly string[]): { line: number; column: number } | undefined {
  const lines = text.split('\n');
  let depthIndent = -1;
  let found: { line: number; column: number } | undefined;
  let start = 1;
  for (const key of keyPath) {
    found = undefined;
    for (let i = start; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (/^---\s*$/.test(line)) return undefined;
      const match = /^(\s*)([^\s:#][^:]*?)\s*:/.exec(line);
      if (!match) continue;
      const indent = match[1]!.length;
      if (indent <= depthIndent) break;
      if (match[2]!.toLowerCase() === key.toLowerCase()) {
        found = { line: i + 1, column: indent + 1 };
        depthIndent = indent;
        start = i + 1;
        break;
      }
    }
    if (!found) return undefined;
  }
  return found;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
