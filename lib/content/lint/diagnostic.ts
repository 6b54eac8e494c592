/**
 * What `npm run check` reports: one line per problem, like a linter, `path:line:col  severity
 * rule  message`. Errors are what breaks the build or a reader's link; warnings are advice.
 */
export type Severity = 'error' | 'warning';

/** A safe fix: replace `[start, end)` of the article's text (BOM removed, LF line ends) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Diagnostic {
  /** Path from the project root, `/` separators. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable id of the rule, e.g. `zwnj-prefix`, `broken-link`. */
  rule: string;
  message: string;
  /** How to fix it, when the message does not already say. */
  fix?: string;
  /** Present when `--fix` can apply the fix by itself. */
  edit?: TextEdit;
}

/** Errors first, then warnings; within each, by file and position. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank = (severity: Severity) => (severity === 'error' ? 0 : 1);
  return [...diagnostics].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule),
  );
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const fix = diagnostic.fix ? ` — fix: ${diagnostic.fix}` : '';
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity.padEnd(7)}  ${diagnostic.rule}  ${diagnostic.message}${fix}`;
}

export interface Summary {
  articles: number;
  errors: number;
  warnings: number;
  fixable: number;
}

export function summarise(articles: number, diagnostics: readonly Diagnostic[]): Summary {
  return {
    articles,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    fixable: diagnostics.filter((d) => d.edit).length,
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatSummary(summary: Summary): string {
  if (summary.errors === 0 && summary.warnings === 0) return `content OK: ${plural(summary.articles, 'article')} checked`;
  const fixable = summary.fixable > 0 ? ` (${summary.fixable} fixable with \`npm run check -- --fix\`)` : '';
  const mark = summary.errors > 0 ? '✗' : '!';
  return `${mark} ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}${fixable} in ${plural(summary.articles, 'article')}`;
}

/** 1-based line and column of an offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
