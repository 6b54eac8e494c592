import type { MDXComponents } from 'mdx/types';
import { compileArticle, type CompiledArticle } from './compile';
import { collectPosts, contentPaths, type CompilableArticle, type Post } from './loader';
import { ContentError, type ContentProblem } from './problems';

export interface ContentProblems {
  /** Articles whose front matter loaded. */
  posts: Post[];
  /** Their compiled bodies (absent for a body that does not compile). */
  compiled: Map<Post, CompiledArticle>;
  /** Every problem the build knows, errors and warnings, front matter and bodies, by file and line. */
  problems: ContentProblem[];
}

/**
 * Everything the build would reject or warn about, in one run: problems found while loading do
 * not hide the problems in bodies (an article whose front matter fails has its body compiled
 * too). `npm run check` adds its advice on top (lint/check.ts); the Hugo importer uses it as is.
 */
export async function collectContentProblems(rootDir: string, components: MDXComponents): Promise<ContentProblems> {
  const { posts, problems, unloaded } = collectPosts(contentPaths(rootDir));
  const found = [...problems];
  const compiled = new Map<Post, CompiledArticle>();
  const articles: CompilableArticle[] = [...posts, ...unloaded];
  for (const article of articles) {
    try {
      const result = await compileArticle(article, components);
      found.push(...result.warnings);
      if (posts.includes(article as Post)) compiled.set(article as Post, result);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      found.push(...error.problems);
    }
  }
  return { posts, compiled, problems: found.sort(byPlace) };
}

function byPlace(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
