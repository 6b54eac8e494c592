import type { MDXComponents } from 'mdx/types';
import { compileArticle } from './compile';
import { collectPosts, contentPaths, type CompilableArticle } from './loader';
import { ContentError, type ContentProblem } from './problems';

export interface ContentReport {
  /** Articles whose front matter loaded. */
  checked: number;
  /** Every problem, errors and warnings, front matter and bodies, sorted by file and line. */
  problems: ContentProblem[];
}

/**
 * Everything `npm run check` reports, in one run: problems found while loading do not hide the
 * problems in bodies (an article whose front matter fails has its body compiled too).
 */
export async function checkContent(rootDir: string, components: MDXComponents): Promise<ContentReport> {
  const { posts, problems, unloaded } = collectPosts(contentPaths(rootDir));
  const found = [...problems];
  const articles: CompilableArticle[] = [...posts, ...unloaded];
  for (const article of articles) {
    try {
      const { warnings } = await compileArticle(article, components);
      found.push(...warnings);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      found.push(...error.problems);
    }
  }
  return { checked: posts.length, problems: found.sort(byPlace) };
}

function byPlace(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
