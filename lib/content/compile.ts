import type { Root as MdastRoot } from 'mdast';
import type { ReactElement } from 'react';
import type { MDXComponents } from 'mdx/types';
import { compileMDX } from 'next-mdx-remote/rsc';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';
import { prepareHugoSource, type PreparedSource } from './hugo/shortcodes/source';
import { nestingProblem, type CompilableArticle } from './loader';
import { createMdxOptions, type CompileReport } from './mdx/options';
import type { TocEntry } from './mdx/rehype-heading-ids';
import type { ParseErrorPosition } from './mdx/remark-parse-error-position';
import { ContentError, type BodyProblem, type ContentProblem } from './problems';

export interface CompiledArticle {
  content: ReactElement;
  toc: TocEntry[];
  /**
   * The body's Markdown tree and heading ids, for `npm run check`. The tree is parsed from
   * `source.text` (shortcodes replaced by placeholders), so its offsets are mapped back to the
   * author's body with `source.originalOffset`.
   */
  mdast?: MdastRoot;
  source: Pick<PreparedSource, 'text' | 'originalOffset'>;
  headingIds: string[];
  /** Problems that do not stop the build (e.g. an unknown Hugo shortcode), for `npm run check`. */
  warnings: ContentProblem[];
}

/**
 * On `globalThis`, like the loader's cache: Next bundles each route separately, and a module-level
 * map would exist once per bundle, compiling an article again for the feeds after its page.
 */
const compiled: WeakMap<CompilableArticle, Promise<CompiledArticle>> = ((globalThis as { __persianCompiledArticles?: WeakMap<CompilableArticle, Promise<CompiledArticle>> }).__persianCompiledArticles ??= new WeakMap());

/**
 * Compiles an article body once per process, however often it is asked for (the page,
 * `npm run check`): the result is memoised on the `Post`, which the loader itself memoises.
 */
export function compileArticle(post: CompilableArticle, components: MDXComponents): Promise<CompiledArticle> {
  let result = compiled.get(post);
  if (!result) {
    result = compile(post, components);
    compiled.set(post, result);
  }
  return result;
}

async function compile(post: CompilableArticle, components: MDXComponents): Promise<CompiledArticle> {
  const tooDeep = nestingProblem(post, post.sourcePath);
  if (tooDeep) throw new ContentError([tooDeep]);
  // Hugo shortcodes and heading attributes are handled before either parser reads the body.
  const prepared = prepareHugoSource(post.body, {
    format: post.format,
    refs: post.refs,
    custom: site.hugoShortcodes,
    texts: uiText.hugo,
  });
  const report: CompileReport = { toc: [], problems: [] };
  const atFileLine = (line: number | undefined, prepare: boolean) =>
    line === undefined ? undefined : (prepare ? prepared.originalLine(line) : line) + post.bodyStartLine - 1;
  let content: ReactElement;
  try {
    ({ content } = await compileMDX({
      source: prepared.text,
      components,
      // blockJS and blockDangerousJS keep their safe defaults (true).
      options: { mdxOptions: createMdxOptions(post, report, Object.keys(components), prepared.shortcodes) },
    }));
  } catch (error) {
    const problem = syntaxProblem(post, error, prepared, report.syntaxError);
    throw new ContentError([...prepared.problems.map((found) => toContentProblem(post, found, atFileLine(found.line, false))), problem]);
  }
  const problems = [
    ...prepared.problems.map((problem) => toContentProblem(post, problem, atFileLine(problem.line, false))),
    ...report.problems.map((problem) => toContentProblem(post, problem, atFileLine(problem.line, true))),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.some((problem) => problem.severity !== 'warning')) throw new ContentError(problems);
  return { content, toc: report.toc, warnings: problems, mdast: report.mdast, source: { text: prepared.text, originalOffset: prepared.originalOffset }, headingIds: report.headingIds ?? [] };
}

function toContentProblem(post: CompilableArticle, problem: BodyProblem, line: number | undefined): ContentProblem {
  return {
    file: post.sourcePath,
    line,
    column: problem.column,
    reason: problem.reason,
    fix: problem.fix,
    ...(problem.severity ? { severity: problem.severity } : {}),
  };
}

/**
 * next-mdx-remote rethrows compiler errors as a formatted message, with a code frame whose
 * `> N |` line marks the failing line of the body only for some errors; the position noted
 * while parsing (`parsed`) covers the others. Either becomes a file position.
 */
function syntaxProblem(post: CompilableArticle, error: unknown, prepared: PreparedSource, parsed?: ParseErrorPosition): ContentProblem {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n');
  const reason = (lines.find((line) => line.trim() && !line.startsWith('[next-mdx-remote]')) ?? message).trim();
  const frame = lines.findIndex((line) => /^>\s*\d+\s*\|/.test(line));
  const caret = frame >= 0 ? lines[frame + 1] : undefined;
  const bodyLine = parsed?.line ?? (frame >= 0 ? Number(/^>\s*(\d+)/.exec(lines[frame]!)![1]) : undefined);
  const column = parsed?.column ?? (caret && caret.includes('^') ? caret.indexOf('^') - caret.indexOf('|') - 1 : undefined);
  return {
    file: post.sourcePath,
    line: bodyLine === undefined ? undefined : prepared.originalLine(bodyLine) + post.bodyStartLine - 1,
    column: column !== undefined && column > 0 ? column : undefined,
    // The compiler's own `(4:1-4:22)` counts body lines; the file position above replaces it.
    reason: `${post.format === 'mdx' ? 'MDX' : 'Markdown'} syntax error: ${reason
      .replace(/\s*More information:.*$/, '')
      .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')}`,
    fix:
      // An all-capitals tag is a placeholder in prose (`git checkout <BRANCH>`), never a component.
      post.format === 'mdx' && /`<\/?[A-Z][A-Z0-9_]*>?`/.test(reason)
        ? `to show it as text, wrap \`${/`(<\/?[A-Z][A-Z0-9_]*>?)`/.exec(reason)![1]!.replace(/^<\//, '<')}\` in backticks or write \`\\<\``
        : post.format === 'mdx'
        ? 'in .mdx, `<` starts a component and `{` an expression: close every tag, or write them as `&lt;` / `\\{` (or rename the file to .md for plain Markdown)'
        : 'check the Markdown around this line',
  };
}
