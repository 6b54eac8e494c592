import type { Root as MdastRoot } from 'mdast';
import type { ReactElement } from 'react';
import type { MDXComponents } from 'mdx/types';
import { compileMDX } from 'next-mdx-remote/rsc';
import type { Post } from './loader';
import { createMdxOptions, type CompileReport } from './mdx/options';
import type { TocEntry } from './mdx/rehype-heading-ids';
import type { ParseErrorPosition } from './mdx/remark-parse-error-position';
import { ContentError, type ContentProblem } from './problems';

export interface CompiledArticle {
  content: ReactElement;
  toc: TocEntry[];
  /** The body's Markdown tree (positions are body positions) and heading ids, for `npm run check`. */
  mdast?: MdastRoot;
  headingIds: string[];
}

const compiled = new WeakMap<Post, Promise<CompiledArticle>>();

/**
 * Compiles an article body once per process, however often it is asked for (the page,
 * `npm run check`): the result is memoised on the `Post`, which the loader itself memoises.
 */
export function compileArticle(post: Post, components: MDXComponents): Promise<CompiledArticle> {
  let result = compiled.get(post);
  if (!result) {
    result = compile(post, components);
    compiled.set(post, result);
  }
  return result;
}

async function compile(post: Post, components: MDXComponents): Promise<CompiledArticle> {
  const report: CompileReport = { toc: [], problems: [] };
  let content: ReactElement;
  try {
    ({ content } = await compileMDX({
      source: post.body,
      components,
      // blockJS and blockDangerousJS keep their safe defaults (true).
      options: { mdxOptions: createMdxOptions(post, report, Object.keys(components)) },
    }));
  } catch (error) {
    throw new ContentError([syntaxProblem(post, error, report.syntaxError)]);
  }
  if (report.problems.length > 0) {
    throw new ContentError(
      report.problems.map((problem) => ({
        file: post.sourcePath,
        line: problem.line === undefined ? undefined : problem.line + post.bodyStartLine - 1,
        column: problem.column,
        reason: problem.reason,
        fix: problem.fix,
      })),
    );
  }
  return { content, toc: report.toc, mdast: report.mdast, headingIds: report.headingIds ?? [] };
}

/**
 * next-mdx-remote rethrows compiler errors as a formatted message, with a code frame whose
 * `> N |` line marks the failing line of the body only for some errors; the position noted
 * while parsing (`parsed`) covers the others. Either becomes a file position.
 */
function syntaxProblem(post: Post, error: unknown, parsed?: ParseErrorPosition): ContentProblem {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n');
  const reason = (lines.find((line) => line.trim() && !line.startsWith('[next-mdx-remote]')) ?? message).trim();
  const frame = lines.findIndex((line) => /^>\s*\d+\s*\|/.test(line));
  const caret = frame >= 0 ? lines[frame + 1] : undefined;
  const bodyLine = parsed?.line ?? (frame >= 0 ? Number(/^>\s*(\d+)/.exec(lines[frame]!)![1]) : undefined);
  const column = parsed?.column ?? (caret && caret.includes('^') ? caret.indexOf('^') - caret.indexOf('|') - 1 : undefined);
  return {
    file: post.sourcePath,
    line: bodyLine === undefined ? undefined : bodyLine + post.bodyStartLine - 1,
    column: column !== undefined && column > 0 ? column : undefined,
    // The compiler's own `(4:1-4:22)` counts body lines; the file position above replaces it.
    reason: `${post.format === 'mdx' ? 'MDX' : 'Markdown'} syntax error: ${reason
      .replace(/\s*More information:.*$/, '')
      .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')}`,
    fix:
      post.format === 'mdx'
        ? 'in .mdx, `<` starts a component and `{` an expression: close every tag, or write them as `&lt;` / `\\{` (or rename the file to .md for plain Markdown)'
        : 'check the Markdown around this line',
  };
}
