/**
 * Problems found in content, reported to authors as `file:line:column`, the field, the reason
 * and the fix. Messages are English on purpose: terminals and CI logs do not apply the bidi
 * algorithm, so Persian there reads backwards and unjoined.
 */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/posts/foo/index.md`. */
  file: string;
  line?: number;
  column?: number;
  /** Front matter field, e.g. `cover.image`. */
  field?: string;
  reason: string;
  fix?: string;
  /** A warning is reported but does not stop the build; absent means an error. */
  severity?: 'warning';
}

/** A problem found while compiling a body, positioned in the body (line 1 = first body line). */
export interface BodyProblem {
  line?: number;
  column?: number;
  reason: string;
  fix: string;
  severity?: 'warning';
}

export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.line, problem.line !== undefined ? (problem.column ?? 1) : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const field = problem.field ? ` front matter \`${problem.field}\`:` : '';
  const fix = problem.fix ? `\n    fix: ${problem.fix}` : '';
  const severity = problem.severity === 'warning' ? ' warning:' : '';
  return `${where} —${severity}${field} ${problem.reason}${fix}`;
}

/**
 * «7 problems in content/:», or with warnings among them «2 errors and 16 warnings»: an author
 * should not hunt through sixteen warnings for the two problems that stopped the build.
 */
function headline(problems: readonly ContentProblem[]): string {
  const counted = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  if (warnings === 0) return `${counted(problems.length, 'problem')} in content/:`;
  return `${counted(problems.length - warnings, 'error')} and ${counted(warnings, 'warning')} in content/:`;
}

export class ContentError extends Error {
  declare readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(`${headline(problems)}\n` + problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'));
    this.name = 'ContentError';
    // Not enumerable: Node prints enumerable fields after the message, which would say it all twice.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    // The problem is in an article, not in the code: a stack trace would only bury the message.
    this.stack = `${this.name}: ${this.message}`;
  }
}
