import type { Root as MdastRoot } from 'mdast';
import type { ReactElement } from 'react';
import type { MDXComponents } from 'mdx/types';
import { serialize } from 'next-mdx-remote/serialize';
import * as jsxRuntime from 'react/jsx-runtime';
import * as jsxDevRuntime from 'react/jsx-dev-runtime';
import { createElement, type ComponentType } from 'react';
import path from 'node:path';
import { settledOncePerObject } from '@/lib/build/once-per-object';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';
import { prepareHugoSource, type PreparedSource } from './hugo/shortcodes/source';
import { nestingProblem, type CompilableArticle } from './loader';
import { bundleFingerprint, compileCounters, compileKey, diskCompileCache, pipelineVersion, type CachedCompile, type CompileCache } from './compile-cache';
import { markdownToHast, MarkdownContent } from './mdx/markdown';
import { createMdxOptions, type CompileReport } from './mdx/options';
import type { TocEntry } from './mdx/rehype-heading-ids';
import type { ArticlePlainText } from './plain-text';
import type { ParseErrorPosition } from './mdx/remark-parse-error-position';
import { ContentError, type BodyProblem, type ContentProblem } from './problems';

export interface CompiledArticle {
  content: ReactElement;
  toc: TocEntry[];
  /** What a reader can read in it, for search: from the same Markdown tree, not a second parse. */
  plainText: ArticlePlainText;
  /**
   * The body's Markdown tree and heading ids, for `npm run check` (absent when the compile came
   * from the disk cache, which `npm run check` does not use). The tree is parsed from
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
 * Kept as the compiled article, not as the promise of the page that asked first (`settledOncePerObject`).
 */
const compileOnce = settledOncePerObject('__persianCompiledArticles', compile);

/**
 * Compiles an article body once per process, however often it is asked for (the page, the
 * feeds, `npm run check`): the result is memoised on the `Post`, which the loader itself
 * memoises, and every caller gets the first one's (made with its components and cache).
 * Across builds, a production build reads it back from the disk cache (`buildCompileCache`)
 * while the article and the pipeline are unchanged.
 */
export function compileArticle(
  post: CompilableArticle,
  components: MDXComponents,
  cache: CompileCache | undefined = buildCompileCache(),
): Promise<CompiledArticle> {
  return compileOnce(post, components, cache);
}

/**
 * The disk cache of compiled articles, for production builds only (`next build`): under
 * node_modules/.cache/, like other build tools' caches, so it survives a new .next/ and is not
 * part of the output. `ARTICLE_CACHE=0` turns it off; `npm run check` and `next dev` compile.
 */
export function buildCompileCache(rootDir: string = process.cwd()): CompileCache | undefined {
  const state = globalThis as { __persianCompileCache?: { rootDir: string; cache: CompileCache | undefined } };
  if (state.__persianCompileCache?.rootDir === rootDir) return state.__persianCompileCache.cache;
  let cache: CompileCache | undefined;
  if (process.env.NODE_ENV === 'production' && process.env.ARTICLE_CACHE !== '0') {
    const version = pipelineVersion(rootDir, process.env.NODE_ENV);
    const dir = path.join(/* turbopackIgnore: true */ rootDir, 'node_modules', '.cache', 'persian-articles', 'compiled');
    if (version) cache = diskCompileCache(dir, version);
  }
  state.__persianCompileCache = { rootDir, cache };
  return cache;
}

/**
 * The compiler's function body run with React's JSX runtime (the development one outside
 * production, as the compiler then emits `jsxDEV`): the element `compileMDX` would make.
 */
function evaluate(code: string, components: MDXComponents): ReactElement {
  const run = Reflect.construct(Function, ['opts', 'frontmatter', code]) as (runtime: unknown, frontmatter: object) => { default: ComponentType<{ components: MDXComponents }> };
  const runtime = process.env.NODE_ENV === 'production' ? jsxRuntime : jsxDevRuntime;
  return createElement(run(runtime, {}).default, { components });
}

/** The body as a React element: an MDX article's JavaScript run, a Markdown article's tree made into elements. */
function contentOf(compiled: Pick<CachedCompile, 'code' | 'tree'>, components: MDXComponents): ReactElement {
  if (compiled.tree) return createElement(MarkdownContent, { tree: compiled.tree, components });
  return evaluate(compiled.code!, components);
}

async function compile(post: CompilableArticle, components: MDXComponents, cache: CompileCache | undefined): Promise<CompiledArticle> {
  const tooDeep = nestingProblem(post, post.sourcePath);
  if (tooDeep) throw new ContentError([tooDeep]);
  // Hugo shortcodes and heading attributes are handled before either parser reads the body.
  const prepared = prepareHugoSource(post.body, {
    format: post.format,
    refs: post.refs,
    custom: site.hugoShortcodes,
    texts: uiText.hugo,
  });
  const source = { text: prepared.text, originalOffset: prepared.originalOffset };
  const componentNames = Object.keys(components);
  // Everything of the article the output depends on (its text, where its images are and what
  // is beside them, the articles its refs point to, the components it may use).
  const key =
    cache &&
    compileKey(cache.version, {
      text: prepared.text,
      format: post.format,
      slug: post.slug,
      sourcePath: post.sourcePath,
      bodyStartLine: post.bodyStartLine,
      imageContext: post.imageContext,
      cover: post.cover?.file,
      refs: post.refs,
      componentNames,
      shortcodes: prepared.shortcodes,
      prepareProblems: prepared.problems,
      bundle: bundleFingerprint(post.imageContext.bundleDir),
    });
  const hit = key ? cache!.read(key) : undefined;
  if (hit) {
    compileCounters.hits++;
    return { content: contentOf(hit, components), toc: hit.toc, plainText: hit.plainText, warnings: hit.warnings, source, headingIds: hit.headingIds };
  }
  if (key) compileCounters.misses++;
  compileCounters.compiled++;
  const report: CompileReport = { toc: [], problems: [] };
  const atFileLine = (line: number | undefined, prepare: boolean) =>
    line === undefined ? undefined : (prepare ? prepared.originalLine(line) : line) + post.bodyStartLine - 1;
  let body: Pick<CachedCompile, 'code' | 'tree'>;
  try {
    const mdxOptions = createMdxOptions(post, report, componentNames, prepared.shortcodes);
    body =
      post.format === 'md'
        ? // Markdown to a tree only (lib/content/mdx/markdown.ts): the same HTML, without JavaScript between.
          { tree: await markdownToHast(prepared.text, mdxOptions) }
        : // next-mdx-remote's RSC compile, in two steps so the JavaScript can be cached; blockJS
          // and blockDangerousJS keep their safe defaults (true).
          { code: (await serialize(prepared.text, { mdxOptions }, true)).compiledSource };
  } catch (error) {
    const problem = syntaxProblem(post, error, prepared, report.syntaxError);
    throw new ContentError([...prepared.problems.map((found) => toContentProblem(post, found, atFileLine(found.line, false))), problem]);
  }
  const problems = [
    ...prepared.problems.map((problem) => toContentProblem(post, problem, atFileLine(problem.line, false))),
    ...report.problems.map((problem) => toContentProblem(post, problem, atFileLine(problem.line, true))),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.some((problem) => problem.severity !== 'warning')) throw new ContentError(problems);
  const plainText = report.plainText ?? { headings: [], text: '' };
  const result: CachedCompile = { ...body, toc: report.toc, plainText, headingIds: report.headingIds ?? [], warnings: problems };
  if (key) cache!.write(key, result);
  // The Markdown tree (mdast) is kept only where no cache is used (`npm run check`, tests): a build holds every
  // compiled article until it ends, and a thousand trees are most of its heap.
  const mdast = cache ? undefined : report.mdast;
  return { content: contentOf(result, components), toc: result.toc, plainText, warnings: problems, mdast, source, headingIds: result.headingIds };
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
