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

export class ContentError extends Error {
  declare readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length;
    super(
      `${count} problem${count === 1 ? '' : 's'} in content/:\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
    // Not enumerable: Node prints enumerable fields after the message, which would say it all twice.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    // The problem is in an article, not in the code: a stack trace would only bury the message.
    this.stack = `${this.name}: ${this.message}`;
  }
}
