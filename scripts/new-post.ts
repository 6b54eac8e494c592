/**
 * `npm run new -- "عنوان مقاله" [--slug x] [--mdx]`: creates a page bundle
 * `content/posts/<slug>/index.md` with a valid front matter (a draft dated today on Iran's
 * clock), refuses to overwrite anything, and says where it is and how to preview it.
 * `--root DIR` writes into another project (for tests).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectPosts, contentPaths } from '@/lib/content/loader';
import { newPostMessage, planNewPost } from '@/lib/content/new-post';
import { commandLineOrExit } from './command-line';

function main(): number {
  const { values, positionals } = commandLineOrExit('usage: npm run new -- "عنوان مقاله" [--slug address] [--mdx] [--root DIR]', {
    slug: { type: 'string' },
    mdx: { type: 'boolean' },
    root: { type: 'string' },
  });
  const title = positionals.join(' ');
  const root = values.root ?? process.cwd();
  const plan = planNewPost({ title, slug: values.slug, mdx: values.mdx ?? false, now: new Date() });
  if (!plan.ok) {
    console.error(`✗ ${plan.reason}`);
    return 1;
  }
  const paths = contentPaths(root);
  const bundle = path.join(paths.postsDir, plan.slug);
  const taken = [bundle, `${bundle}.md`, `${bundle}.mdx`].find((candidate) => existsSync(candidate));
  const sameSlug = collectPosts(paths).posts.find((post) => post.slug === plan.slug);
  if (taken || sameSlug) {
    const where = sameSlug?.sourcePath ?? path.relative(root, taken!).split(path.sep).join('/');
    console.error(`✗ content/posts/${plan.slug}/ is taken by ${where}: nothing was written.`);
    console.error('  choose another address with --slug, e.g. npm run new -- "عنوان" --slug my-article');
    return 1;
  }
  mkdirSync(bundle, { recursive: true });
  writeFileSync(path.join(root, plan.file), plan.text, { flag: 'wx' });
  console.log(newPostMessage(plan));
  return 0;
}

process.exit(main());
