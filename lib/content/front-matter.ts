import matter from 'gray-matter';
import yaml from 'js-yaml';
import { parse as parseTomlText } from 'smol-toml';
import type { z } from 'zod';
import { frontMatterSchema, knownFrontMatterKeys, QUIET_FRONT_MATTER_KEYS, type FrontMatter } from './schema';
import type { ContentProblem } from './problems';

export interface ParsedArticle {
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line of the file where `body` starts, to report body problems at file positions. */
  bodyStartLine: number;
}

/**
 * On failure the body is still given when the front matter block could be told apart, so its
 * problems are reported in the same run as the front matter's.
 */
export type ParseResult =
  | { ok: true; article: ParsedArticle; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[]; body?: { body: string; bodyStartLine: number } };

/** Parses and validates the front matter of one article's text (already BOM- and CRLF-clean). */
export function parseArticle(text: string, file: string): ParseResult {
  // Hugo's TOML front matter sits between `+++` lines.
  const toml = /^\+\+\+[ \t]*\n/.test(text);
  if (!toml && !/^---[ \t]*\n/.test(text)) {
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
    // A fresh options object also bypasses gray-matter's cache, which would otherwise hand back
    // a previous result (and its mutated data) for identical text.
    parsed = toml
      ? matter(text, { delimiters: '+++', language: 'toml', engines: { toml: parseToml } })
      : matter(text, { engines: { yaml: parseYaml } });
  } catch (error) {
    const problem =
      error instanceof FrontMatterTooLarge
        ? {
            file,
            line: 1,
            reason: `front matter holds more than ${MAX_FRONT_MATTER_VALUES.toLocaleString('en')} values once its YAML aliases (\`*name\`) are expanded`,
            fix: 'write the values out instead of repeating anchors (`&name`) with aliases: an article needs a title, a date and a few short lists',
          }
        : toml
          ? tomlProblem(error, file)
          : yamlProblem(error, file);
    return { ok: false, problems: [problem], body: splitBody(text, toml ? '+++' : '---') };
  }

  const bodyOffset = text.length - parsed.content.length;
  const body = { body: parsed.content, bodyStartLine: countLines(text.slice(0, bodyOffset)) + 1 };
  const data = stackImageAsCover(withoutEmptyValues(lowerCaseKeys(parsed.data)));
  const warnings = unknownKeys(Object.keys(parsed.data), text, file);
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: [...warnings, ...result.error.issues.map((issue) => schemaProblem(issue, data, text, file))], body };
  return { ok: true, article: { frontMatter: result.data, ...body }, warnings };
}

/** The body after a front matter block that could not be parsed: after its closing line. */
function splitBody(text: string, delimiter: string): { body: string; bodyStartLine: number } | undefined {
  const lines = text.split('\n');
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === delimiter);
  if (close < 0) return undefined;
  return { body: lines.slice(close + 1).join('\n'), bodyStartLine: close + 2 };
}

/**
 * Hugo treats an empty value as no value: `description:` with nothing after it, `""`,
 * `tags: []` and a PaperMod archetype's `cover: { image: "" }` all mean "not set".
 */
export function withoutEmptyValues(data: Record<string, unknown>): Record<string, unknown> {
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    // A required field left empty is reported as empty, which says more than "missing".
    const kept = REQUIRED.has(key) ? value : emptyToUndefined(value);
    if (kept !== undefined) cleaned[key] = kept;
  }
  // A cover without an image (only `alt:` or `hidden:` left) is no cover.
  const cover = cleaned.cover;
  if (cover && typeof cover === 'object' && !Array.isArray(cover) && !('image' in cover)) delete cleaned.cover;
  return cleaned;
}

const REQUIRED = new Set(['title', 'date']);

function emptyToUndefined(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(emptyToUndefined).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = withoutEmptyValues(value as Record<string, unknown>);
    return Object.keys(object).length === 0 ? undefined : object;
  }
  return value;
}

/** The Stack theme's `image:` is the cover; PaperMod's `cover.image` wins when both are set. */
function stackImageAsCover(data: Record<string, unknown>): Record<string, unknown> {
  if (typeof data.image !== 'string' || data.cover !== undefined) return data;
  const { image, ...rest } = data;
  return { ...rest, cover: { image } };
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
  const data = (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;
  if (countValues(data, MAX_FRONT_MATTER_VALUES) > MAX_FRONT_MATTER_VALUES) throw new FrontMatterTooLarge();
  return data;
}

/** Far more values than any article's front matter holds, and few enough to walk at once. */
export const MAX_FRONT_MATTER_VALUES = 10_000;

/**
 * A YAML alias (`*name`) stands for its whole anchor (`&name`) wherever it is used, so nine
 * lines of aliases of aliases ("billion laughs") are a few hundred million values once walked:
 * cleaning and validating them ran out of memory. Aliases stay references after js-yaml parses
 * them, so values are counted here, every use of an alias anew, and the walk stops past `limit`.
 */
function countValues(value: unknown, limit: number): number {
  let count = 0;
  const walk = (item: unknown): void => {
    if (++count > limit || item === null || typeof item !== 'object') return;
    for (const child of Object.values(item)) {
      walk(child);
      if (count > limit) return;
    }
  };
  walk(value);
  return count;
}

class FrontMatterTooLarge extends Error {}

/**
 * TOML has real date types; they become the text the author wrote, so the front matter schema
 * reads them the way it reads YAML dates (a time without an offset is on Iran's clock).
 */
function parseToml(source: string): object {
  return datesAsText(parseTomlText(source)) as object;
}

function datesAsText(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, datesAsText(item)]));
  return value;
}

function tomlProblem(error: unknown, file: string): ContentProblem {
  const tomlError = error as { line?: number; column?: number; message?: string };
  const reason = (tomlError.message ?? String(error)).split('\n')[0]!;
  return {
    file,
    // gray-matter hands smol-toml the text from the opening `+++` line's own newline, and smol-toml counts from 1: its line N is file line N.
    line: tomlError.line,
    column: tomlError.column,
    reason: `front matter is not valid TOML: ${reason}`,
    fix: 'write each field as `key = value` with text in double quotes, e.g. `title = "عنوان"`, lists as `tags = ["الف", "ب"]`',
  };
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

const QUIET_KEYS = new Set(QUIET_FRONT_MATTER_KEYS.map((key) => key.toLowerCase()));
/** Read before the schema: Stack's `image` becomes the cover (`stackImageAsCover`). */
const READ_BEFORE_SCHEMA = ['image'];

/** The schema or quiet key closest to `key`, when it is close enough to be a typo of it. */
function nearestKey(key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of [...knownFrontMatterKeys, ...QUIET_FRONT_MATTER_KEYS]) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/**
 * Top-level keys (as written, YAML or TOML) nothing reads: a warning with "did you mean", in
 * `npm run check` and the build alike. Even a near-typo of a field (`tag:`, `descriptoin:`) is a
 * warning, not an error (issue 8): the article still builds, only that value is not used, and
 * the warning names the field it was probably meant to be.
 */
function unknownKeys(keys: readonly string[], text: string, file: string): ContentProblem[] {
  return keys
    .filter((key) => ![...knownFrontMatterKeys, ...READ_BEFORE_SCHEMA].includes(key.toLowerCase()) && !QUIET_KEYS.has(key.toLowerCase()))
    .map((key) => {
      const suggestion = nearestKey(key);
      return {
        file,
        ...(locateField(text, [key]) ?? { line: 1, column: 1 }),
        severity: 'warning',
        reason: `\`${key}\` is not a front matter field this site reads${suggestion ? `; did you mean \`${suggestion}\`?` : ''}${
          suggestion && knownFrontMatterKeys.includes(suggestion) ? ' (its value is not used)' : ''
        }`,
        fix: suggestion ? `rename it to \`${suggestion}\`, or remove it` : 'remove it, or see docs/راهنمای-نویسندگان.md for the fields',
      } satisfies ContentProblem;
    });
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
      if (/^(---|\+\+\+)\s*$/.test(line)) return undefined;
      // YAML `key:` or TOML `key =` (a TOML table `[cover]` is not followed here).
      const match = /^(\s*)([^\s:#=[][^:=]*?)\s*[:=]/.exec(line);
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
