import path from 'node:path';
import { slugify } from '@/lib/persian/slug';
import type { ArticleFile, ContentPaths, Post } from '../loader';
import type { ContentProblem } from '../problems';
import { parseArticleFileName } from './language';
import { findShortcodeTags, pairShortcodes } from './shortcodes/parse';
import { refTarget } from './shortcodes/source';

/** Every name a Hugo `ref` may use for an article (`x`, `x.md`, `posts/x.fa.md`, `/posts/x/`) → its slug. */
export type RefIndex = ReadonlyMap<string, string>;

export function buildRefIndex(paths: ContentPaths, articles: readonly ArticleFile[], posts: readonly Post[]): RefIndex {
  const slugs = new Map(posts.map((post) => [post.sourcePath, post.slug]));
  const index = new Map<string, string>();
  for (const article of articles) {
    const sourcePath = path.relative(paths.rootDir, article.file).split(path.sep).join('/');
    const slug = slugs.get(sourcePath) ?? slugify(article.name.normalize('NFC'));
    if (slug) index.set(article.name.normalize('NFC'), slug);
  }
  return index;
}

/**
 * The article a ref names, Hugo's way: a path from `content/` or from the section, with or
 * without `.md`/`.fa.md`/`index.md`, or just the file or folder name; `#anchor` is kept.
 */
export function refKey(target: string): { name: string; anchor: string } {
  const [pathPart = '', anchor = ''] = target.trim().split('#', 2);
  const segments = pathPart
    .normalize('NFC')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
  let last = segments.at(-1) ?? '';
  const file = parseArticleFileName(last);
  if (file) {
    last = file.base;
    if (file.base === 'index' || file.base === '_index') last = segments.at(-2) ?? '';
  }
  return { name: last, anchor: anchor ? `#${anchor}` : '' };
}

/** Resolves the body's `ref`/`relref` targets; a missing article is a problem with its line. */
export function resolveRefs(post: Post, index: RefIndex, problems: ContentProblem[]): Record<string, string> {
  const refs: Record<string, string> = {};
  const calls = pairShortcodes(post.body, findShortcodeTags(post.body)).filter((call) => call.name === 'ref' || call.name === 'relref');
  for (const call of calls) {
    const target = refTarget(call);
    const where = { file: post.sourcePath, line: call.open.line + post.bodyStartLine - 1, column: call.open.column };
    if (!target) {
      problems.push({ ...where, reason: `Hugo \`${call.name}\` names no article`, fix: `write \`{{< ${call.name} "other-article.md" >}}\` or the address \`/posts/<slug>/\`` });
      continue;
    }
    const { name, anchor } = refKey(target);
    const slug = name === '' ? undefined : index.get(name);
    if (!slug) {
      problems.push({
        ...where,
        reason: `Hugo \`${call.name}\` points to «${target}», which is not an article in content/posts/`,
        fix: 'check the file name (e.g. `other-article.md` or `other-article/index.md`), or link to the address `/posts/<slug>/`',
      });
      continue;
    }
    refs[target] = `/posts/${slug}/${anchor}`;
  }
  return refs;
}
