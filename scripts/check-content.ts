/**
 * `npm run check`: validates every article the way the build does (same loader, same MDX
 * pipeline) and prints problems as `file:line:column — reason / fix`, without a Next.js build.
 */
import { mdxComponents } from '@/components/mdx/components';
import { compileArticle } from '@/lib/content/compile';
import { loadAllPosts } from '@/lib/content/loader';
import { ContentError, formatProblem, type ContentProblem } from '@/lib/content/problems';

/** `--root DIR` checks another project's content (the folder holding content/). */
function rootFromArgs(argv: string[]): string | undefined {
  const index = argv.indexOf('--root');
  return index >= 0 ? argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  let posts;
  try {
    posts = loadAllPosts(rootFromArgs(process.argv.slice(2)));
  } catch (error) {
    return report(error);
  }
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    try {
      await compileArticle(post, mdxComponents);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) return report(new ContentError(problems));
  console.log(`content OK: ${posts.length} article${posts.length === 1 ? '' : 's'} checked`);
  return 0;
}

function report(error: unknown): number {
  if (!(error instanceof ContentError)) throw error;
  console.error(`✗ ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in content/:`);
  for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
  return 1;
}

main().then((code) => process.exit(code));
