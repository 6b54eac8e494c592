import type { Post } from './loader';
import type { ContentProblem } from './problems';
import { fencedCodeRanges } from './hugo/shortcodes/parse';

const LINK = /\]\(\s*<?(\/posts\/[^)\s>#?]*)/g;

/**
 * Links from one article to another (`[…](/posts/slug/)`) must land on an article or on an old
 * address of one (which redirects): a renamed file would otherwise leave a 404 behind.
 */
export function internalLinkProblems(posts: readonly Post[]): ContentProblem[] {
  const addresses = new Set(posts.flatMap((post) => [`/posts/${post.slug}/`, ...post.aliases]));
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    const fences = fencedCodeRanges(post.body);
    for (const match of post.body.matchAll(LINK)) {
      if (fences.some(([from, to]) => match.index >= from && match.index < to)) continue;
      const written = match[1]!;
      let target = written;
      try {
        target = decodeURI(written);
      } catch {
        // Not percent-encoded text.
      }
      target = target.normalize('NFC');
      if (!target.endsWith('/') && !/\.[a-z0-9]+$/i.test(target)) target += '/';
      // Images and files beside an article (`/posts/slug/diagram.png`) are checked as images.
      if (/\.[a-z0-9]+$/i.test(target) || addresses.has(target)) continue;
      const before = post.body.slice(0, match.index);
      const line = before.split('\n').length;
      problems.push({
        file: post.sourcePath,
        line: line + post.bodyStartLine - 1,
        column: match.index + match[0].indexOf(written) - before.lastIndexOf('\n'),
        reason: `link to «${written}» goes to no article`,
        fix: 'articles live at /posts/<slug>/, the slug being the file or folder name (without `.fa.md`) or `slug:`; check the name, or use Hugo\'s `{{< ref "file.md" >}}`',
      });
    }
  }
  return problems;
}
