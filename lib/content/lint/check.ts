import path from 'node:path';
import type { MDXComponents } from 'mdx/types';
import { slugify } from '@/lib/persian/slug';
import { collectContentProblems } from '../check';
import type { Post } from '../loader';
import type { ContentProblem } from '../problems';
import { readSourceText } from '../source-file';
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { brokenLinks, imagesWithoutAlt, refsToUnpublished, type LinkTargets } from './links';
import { bodyTypography, frontMatterTypography } from './typography';

export interface CheckResult {
  /** Articles found (loaded or not). */
  articles: number;
  /** Sorted: errors first. */
  diagnostics: Diagnostic[];
}

/**
 * A rule id for each problem the build itself reports (always an error). The build's
 * `ContentError` stays as it is; this only names its problems for the linter's output.
 */
export function ruleOfProblem(problem: ContentProblem): string {
  if (/is not a front matter field/.test(problem.reason)) return 'front-matter-key';
  if (problem.field) return 'front-matter';
  if (/syntax error/.test(problem.reason)) return 'syntax';
  if (/^image «/.test(problem.reason)) return 'image';
  if (/raw HTML/.test(problem.reason)) return 'raw-html';
  if (/^«\{|`import`/.test(problem.reason)) return 'expression';
  if (/component|<[\w.]*>|prop `/.test(problem.reason)) return 'component';
  if (/link «/.test(problem.reason)) return 'unsafe-link';
  if (/shortcode/.test(problem.reason)) return 'hugo-shortcode';
  if (/front matter/.test(problem.reason)) return 'front-matter';
  return 'article-file';
}

function fromProblem(problem: ContentProblem): Diagnostic {
  return {
    file: problem.file,
    line: problem.line ?? 1,
    column: problem.column ?? 1,
    severity: problem.severity ?? 'error',
    rule: ruleOfProblem(problem),
    message: problem.field ? `front matter \`${problem.field}\`: ${problem.reason}` : problem.reason,
    fix: problem.fix,
  };
}

/**
 * `npm run check`: everything the build checks (same loader, schema and compile step, so its
 * problems are errors here) plus advice for authors: unknown front matter keys, broken internal
 * links, images without alt text and Persian typography.
 */
export async function checkContent(rootDir: string, components: MDXComponents, now: Date = new Date()): Promise<CheckResult> {
  const { posts, compiled, problems } = await collectContentProblems(rootDir, components);
  const diagnostics: Diagnostic[] = problems.map(fromProblem);

  const unpublished = (post: Post) => post.draft || post.date.getTime() > now.getTime();
  const targets: LinkTargets = {
    posts: new Map(posts.map((post) => [post.slug, { ids: compiled.get(post)?.headingIds ?? [], unpublished: unpublished(post) }])),
    tags: new Set(posts.flatMap((post) => post.tags.map(slugify))),
    aliases: new Set(posts.flatMap((post) => post.aliases)),
  };

  for (const post of posts) {
    const source = readSourceText(path.join(rootDir, post.sourcePath), post.sourcePath);
    if (!source.ok || !source.text.endsWith(post.body)) continue;
    const file = { file: post.sourcePath, text: source.text };
    diagnostics.push(...frontMatterTypography(file));
    const result = compiled.get(post);
    const tree = result?.mdast;
    if (!result || !tree) continue;
    const article = { ...file, slug: post.slug, unpublished: unpublished(post), bodyOffset: source.text.length - post.body.length, parsed: result.source };
    diagnostics.push(
      ...imagesWithoutAlt(article, tree),
      ...brokenLinks(article, tree, targets),
      ...refsToUnpublished({ ...article, body: post.body, refs: post.refs }, targets),
      ...bodyTypography(article, tree),
    );
  }
  const files = new Set([...posts.map((post) => post.sourcePath), ...problems.map((problem) => problem.file)]);
  return { articles: files.size, diagnostics: sortDiagnostics(diagnostics) };
}
