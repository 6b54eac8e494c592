/**
 * `npm run check`: validates every article the way the build does (same loader, same MDX
 * pipeline) and prints problems as `file:line:column — reason / fix`, without a Next.js build.
 */
import { mdxComponents } from '@/components/mdx/components';
import { checkContent } from '@/lib/content/check';
import { ContentError, formatProblem } from '@/lib/content/problems';

/** `--root DIR` checks another project's content (the folder holding content/). */
function rootFromArgs(argv: string[]): string | undefined {
  const index = argv.indexOf('--root');
  return index >= 0 ? argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  // Front matter and body problems of every article together, in one run.
  const { checked, problems } = await checkContent(rootFromArgs(process.argv.slice(2)) ?? process.cwd(), mdxComponents);
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0) return report(new ContentError(problems));
  for (const problem of problems) console.warn(`  ${formatProblem(problem)}`);
  console.log(`content OK: ${checked} article${checked === 1 ? '' : 's'} checked`);
  return 0;
}

function report(error: unknown): number {
  if (!(error instanceof ContentError)) throw error;
  console.error(`✗ ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in content/:`);
  for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
  return 1;
}

main().then((code) => process.exit(code));
