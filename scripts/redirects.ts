/**
 * Old addresses of articles (Hugo `aliases`/`url`), from the one list of posts:
 * - `--json`: Next.js `redirects()` entries, read by next.config.ts (which cannot import the
 *   content loader itself: its `@/` paths do not resolve there);
 * - `--write-export out`: after `STATIC_EXPORT=1 next build`, writes a small HTML page at each
 *   old address in out/ (a static host has no redirects), as Hugo does for aliases.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getPublishedPosts, type Post } from '@/lib/content/posts';
import { ContentError } from '@/lib/content/problems';
import { nextRedirects, redirectPageFile, redirectPageHtml, redirectsOf } from '@/lib/content/hugo/redirects';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

const args = process.argv.slice(2);

/**
 * With broken content, next.config.ts gets no redirects rather than a stack trace: the build
 * goes on to report every problem itself, with file, line and fix, when it renders the pages.
 */
function postsForRedirects(): Post[] {
  try {
    return getPublishedPosts();
  } catch (error) {
    if (error instanceof ContentError && args.includes('--json')) return [];
    throw error;
  }
}

const redirects = redirectsOf(postsForRedirects());

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(nextRedirects(redirects)));
} else if (args.includes('--write-export')) {
  const outDir = path.resolve(args[args.indexOf('--write-export') + 1] ?? 'out');
  let written = 0;
  for (const redirect of redirects) {
    const file = path.join(outDir, redirectPageFile(redirect.from));
    if (!file.startsWith(outDir + path.sep)) continue;
    // A real page of the export is never replaced by a redirect.
    if (existsSync(file)) {
      console.warn(`⚠ ${redirect.from} is a page of the site; no redirect page written`);
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, redirectPageHtml(redirect, site.url, uiText.hugo.redirecting));
    written++;
  }
  console.log(`redirect pages: ${written} written to ${path.relative(process.cwd(), outDir) || '.'}`);
} else {
  for (const redirect of redirects) console.log(`${redirect.from} → ${redirect.to}`);
}
