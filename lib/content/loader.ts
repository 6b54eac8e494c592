import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '@/lib/persian/slug';
import { estimateReadingMinutes } from '@/lib/persian/reading-time';
import { site } from '@/lib/site';
import { measureMarkdown } from './excerpt';
import { locateField, parseArticle } from './front-matter';
import { normaliseAlias } from './hugo/aliases';
import { isSiteLanguage, languageName, parseArticleFileName } from './hugo/language';
import { resolveRefs, type RefIndex, buildRefIndex } from './hugo/refs';
import { excerptWithoutShortcodes, summaryAboveMoreDivider } from './hugo/summary';
import { isFile, resolveArticleImage, type ArticleImage, type ImageContext } from './images';
import { deepestNesting, MAX_NESTING } from './nesting';
import { ContentError, formatProblem, type ContentProblem } from './problems';
import { readSourceText } from './source-file';
import { sitePaths } from '@/lib/seo/absolute-url';
import { profileThisProcess } from '@/lib/bench/cpu-profile';

export interface PostCover extends ArticleImage {
  alt: string;
  caption?: string;
  hidden: boolean;
}

/** An article, validated and ready to render. Every page and list derives from these. */
export interface Post {
  /** URL segment: `/posts/<slug>/`. Always NFC and already decoded. */
  slug: string;
  title: string;
  date: Date;
  lastmod?: Date;
  /** The author's description/summary, else the first paragraph. */
  description: string;
  tags: string[];
  categories: string[];
  series?: string;
  authors: string[];
  draft: boolean;
  /** `en` articles are set left to right in a Latin font, inside the Persian site. */
  lang: 'fa' | 'en';
  cover?: PostCover;
  format: 'md' | 'mdx';
  /** Path from the project root with `/` separators, for messages and "edit this page". */
  sourcePath: string;
  /** Markdown/MDX after the front matter. */
  body: string;
  bodyStartLine: number;
  readingMinutes: number;
  /** How to resolve the images the body refers to. */
  imageContext: ImageContext;
  /** Old addresses (Hugo `aliases` and `url`) that redirect to this article, as `/path/`. */
  aliases: string[];
  /** Hugo `{{< ref "…" >}}`/`relref` targets in the body, as written → the article's URL. */
  refs: Readonly<Record<string, string>>;
}

/** What the Markdown/MDX pipeline needs of an article: a `Post`, or the body of one whose front matter failed. */
export type CompilableArticle = Pick<Post, 'slug' | 'format' | 'sourcePath' | 'body' | 'bodyStartLine' | 'imageContext' | 'cover' | 'refs'>;

export interface ContentPaths {
  rootDir: string;
  contentDir: string;
  postsDir: string;
  /** Site pages (`/about/`): written and read like articles. */
  pagesDir: string;
  publicDir: string;
}

/**
 * The `turbopackIgnore` comments here and in images.ts keep Turbopack from tracing these
 * run-time paths, which would copy the whole project into the server output and warn on
 * every build. Articles are read from disk at build time on purpose.
 */
export function contentPaths(rootDir: string = process.cwd(), contentDirSetting = process.env.CONTENT_DIR): ContentPaths {
  // CONTENT_DIR points the build at another content folder (the benchmark's generated articles).
  const contentDir = contentDirSetting
    ? path.resolve(/* turbopackIgnore: true */ rootDir, contentDirSetting)
    : path.join(/* turbopackIgnore: true */ rootDir, 'content');
  return {
    rootDir,
    contentDir,
    postsDir: path.join(/* turbopackIgnore: true */ contentDir, 'posts'),
    pagesDir: path.join(/* turbopackIgnore: true */ contentDir, 'pages'),
    publicDir: path.join(/* turbopackIgnore: true */ rootDir, 'public'),
  };
}

export interface ArticleFile {
  file: string;
  /** Set for page bundles (`<name>/index.md`). */
  bundleDir?: string;
  /** File or folder name the default slug comes from. */
  name: string;
}

/**
 * Finds articles: `<slug>.md|mdx` files and `<slug>/index.md|mdx` page bundles, also with
 * Hugo's language suffix for the site's language (`<slug>.fa.md`, `<slug>/index.fa.md`).
 */
export function discoverArticles(paths: ContentPaths, problems: ContentProblem[]): ArticleFile[] {
  const found: ArticleFile[] = [];
  let entries;
  try {
    entries = readdirSync(paths.postsDir, { withFileTypes: true });
  } catch {
    problems.push({ file: display(paths, paths.postsDir), reason: 'folder is missing', fix: 'create content/posts/ and put articles in it' });
    return found;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    // Dotfiles and `_index.md`-style section files (Hugo) are not articles.
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const full = path.join(/* turbopackIgnore: true */ paths.postsDir, entry.name);
    if (entry.isSymbolicLink()) {
      if (/\.mdx?$/i.test(entry.name) || !path.extname(entry.name)) problems.push(symbolicLinkProblem(display(paths, full)));
      continue;
    }
    if (entry.isDirectory()) {
      const indexes = bundleIndexes(full, paths, problems);
      if (indexes.length === 0) {
        problems.push({
          file: display(paths, full) + '/',
          reason: 'folder has no index.md or index.mdx, so it is not an article',
          fix: 'add index.md (or index.mdx) with the article, or move the folder out of content/posts/',
        });
      } else if (indexes.length > 1) {
        problems.push({ file: display(paths, full) + '/', reason: `has both ${indexes.join(' and ')}`, fix: 'keep one of them' });
      } else {
        found.push({ file: path.join(/* turbopackIgnore: true */ full, indexes[0]!), bundleDir: full, name: entry.name });
      }
    } else if (entry.isFile() && parseArticleFileName(entry.name)) {
      const name = parseArticleFileName(entry.name)!;
      if (isSiteLanguage(name, site.language)) found.push({ file: full, name: name.base });
      else problems.push(otherLanguageProblem(display(paths, full), name.language!));
    } else if (entry.isFile() && /\.(markdown|mdown|mkd|mkdn)$/i.test(entry.name)) {
      // Hugo reads these; silently ignoring one would lose an article.
      problems.push({
        file: display(paths, full),
        reason: 'is not read: articles end in .md or .mdx',
        fix: `rename it to ${entry.name.replace(/\.[^.]+$/, '.md')}`,
      });
    }
  }
  return found;
}

/** `index.md`, `index.mdx` and `index.<site language>.md|mdx` in a bundle folder; other languages are problems. */
function bundleIndexes(dir: string, paths: ContentPaths, problems: ContentProblem[]): string[] {
  const indexes: string[] = [];
  for (const fileName of readdirSync(dir).sort()) {
    const name = parseArticleFileName(fileName);
    if (!name || name.base !== 'index') continue;
    const file = path.join(/* turbopackIgnore: true */ dir, fileName);
    if (lstatSync(file).isSymbolicLink()) {
      problems.push(symbolicLinkProblem(display(paths, file)));
      continue;
    }
    if (!isFile(file)) continue;
    if (isSiteLanguage(name, site.language)) indexes.push(fileName);
    else problems.push(otherLanguageProblem(display(paths, path.join(/* turbopackIgnore: true */ dir, fileName)), name.language!));
  }
  return indexes;
}

/**
 * Longest address segment (slug, tag, category, series) in UTF-8 bytes: Next writes each page as
 * `<segment>.html` (and `.rsc`, `.segments/` beside it), and a file name holds 255 bytes. A
 * Persian letter is two bytes, so this is 75 Persian letters or 150 Latin ones.
 */
export const MAX_SLUG_BYTES = 150;

/** A body nested deeper than any parser copes with, as a problem at the line where it gets too deep. */
export function nestingProblem(article: { body: string; bodyStartLine: number; format: 'md' | 'mdx' }, file: string): ContentProblem | undefined {
  const nesting = deepestNesting(article.body, article.format);
  if (nesting.depth <= MAX_NESTING) return undefined;
  return {
    file,
    line: article.bodyStartLine + nesting.line - 1,
    reason: `lists, blockquotes or elements are nested ${nesting.depth} levels deep here; at most ${MAX_NESTING} are read`,
    fix: 'flatten the nesting: no article needs more than a few levels of lists, quotes or elements',
  };
}

/**
 * A link could publish any file on the build machine (`index.md → ../../../secret.md`), or
 * loop forever; only real files inside content/ are articles.
 */
function symbolicLinkProblem(file: string): ContentProblem {
  return {
    file,
    reason: 'is a symbolic link; articles are read only from real files inside content/',
    fix: 'copy the article (or its folder) into content/posts/ instead of linking to it',
  };
}

function otherLanguageProblem(file: string, language: string): ContentProblem {
  return {
    file,
    reason: `is a ${languageName(language)} (\`${language}\`) version; this site publishes articles in ${languageName(site.language)} (\`${site.language}\`) only`,
    fix: `move it out of content/posts/ (Hugo's \`.${language}.md\` translations are not published here), or rename it to \`.${site.language}.md\` if it is in fact in ${languageName(site.language)}`,
  };
}

interface LoadedArticle {
  post?: Post;
  /** The body of an article whose front matter has problems, so its body is checked too. */
  compilable?: CompilableArticle;
}

function loadArticle(article: ArticleFile, paths: ContentPaths, problems: ContentProblem[]): LoadedArticle {
  const sourcePath = display(paths, article.file);
  const source = readSourceText(article.file, sourcePath);
  if (!source.ok) {
    problems.push(source.problem);
    return {};
  }
  const format = article.file.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
  const contextFor = (slug: string): ImageContext => ({
    slug,
    articleDir: path.dirname(article.file),
    bundleDir: article.bundleDir,
    postsDir: paths.postsDir,
    contentDir: paths.contentDir,
    publicDir: paths.publicDir,
  });
  const parsed = parseArticle(source.text, sourcePath);
  const parsedBody = parsed.ok ? parsed.article : parsed.body;
  const tooDeep = parsedBody && nestingProblem({ ...parsedBody, format }, sourcePath);
  if (tooDeep) {
    // Not handed on for compiling either: every Markdown parser would overflow its stack on it.
    problems.push(...(parsed.ok ? parsed.warnings : parsed.problems), tooDeep);
    return {};
  }
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    const slug = slugify(article.name.normalize('NFC')) || 'article';
    return parsed.body ? { compilable: { slug, format, sourcePath, ...parsed.body, imageContext: contextFor(slug), refs: {} } } : {};
  }
  problems.push(...parsed.warnings);
  const { frontMatter, body, bodyStartLine } = parsed.article;

  const slugSource = (frontMatter.slug ?? article.name).normalize('NFC');
  const slug = slugify(slugSource);
  if (!slug) {
    problems.push({
      file: sourcePath,
      field: frontMatter.slug ? 'slug' : undefined,
      reason: `«${slugSource}» gives an empty URL slug`,
      fix: 'use letters or digits in the file/folder name, or set `slug:` in the front matter',
    });
    return {};
  }

  const imageContext = contextFor(slug);
  const failed = (): LoadedArticle => ({ compilable: { slug, format, sourcePath, body, bodyStartLine, imageContext, refs: {} } });

  let cover: PostCover | undefined;
  if (frontMatter.cover) {
    const resolved = resolveArticleImage(frontMatter.cover.image, imageContext);
    if (!resolved.ok) {
      problems.push({
        file: sourcePath,
        ...locateField(source.text, ['cover', 'image']),
        field: 'cover.image',
        reason: resolved.reason,
        fix: resolved.fix,
      });
      return failed();
    }
    cover = {
      ...resolved.image,
      alt: frontMatter.cover.alt ?? frontMatter.title,
      caption: frontMatter.cover.caption,
      hidden: frontMatter.cover.hidden ?? false,
    };
  }

  // One tag per address: `Python` and `python`, or `۱۰` and `10`, are the same tag.
  const tags = [...new Map(frontMatter.tags.map((tag) => [slugify(tag), tag] as const).reverse()).values()].reverse();
  const unaddressable = tags.find((tag) => !slugify(tag));
  if (unaddressable !== undefined) {
    problems.push({
      file: sourcePath,
      ...locateField(source.text, ['tags']),
      field: 'tags',
      reason: `tag «${unaddressable}» has no letters or digits to make its address from`,
      fix: 'name the tag with a word, e.g. `الگوریتم` or `C++`',
    });
    return failed();
  }

  // Each address is a file name in the build output, and file systems allow 255 bytes per name.
  const names: [field: string, name: string][] = [
    [frontMatter.slug ? 'slug' : '', slugSource],
    ...tags.map((tag) => ['tags', tag] as [string, string]),
    ...frontMatter.categories.map((category) => ['categories', category] as [string, string]),
    ...(frontMatter.series ? [['series', frontMatter.series] as [string, string]] : []),
  ];
  const tooLong = names.find(([, name]) => Buffer.byteLength(slugify(name)) > MAX_SLUG_BYTES);
  if (tooLong) {
    const [field, name] = tooLong;
    problems.push({
      file: sourcePath,
      ...(field ? { ...locateField(source.text, [field]), field } : {}),
      reason: `«${name.slice(0, 40)}…» makes an address of ${Buffer.byteLength(slugify(name))} bytes; at most ${MAX_SLUG_BYTES} fit in a file name of the build`,
      fix: field ? 'shorten it: a tag, category, series or slug is a few words' : 'shorten the file or folder name, or set a shorter `slug:`',
    });
    return failed();
  }

  const aliases: string[] = [];
  for (const alias of frontMatter.aliases) {
    const normalised = normaliseAlias(alias);
    if (normalised.ok) aliases.push(normalised.path);
    else {
      const field = locateField(source.text, ['aliases']) ? 'aliases' : 'url';
      problems.push({ file: sourcePath, ...locateField(source.text, [field]), field, reason: normalised.reason, fix: normalised.fix });
    }
  }

  const { prose, codeLines } = measureMarkdown(body);
  const post: Post = {
    slug,
    title: frontMatter.title,
    date: frontMatter.date,
    lastmod: frontMatter.lastmod,
    // Hugo's summary divider: what is above `<!--more-->` describes the article.
    description: frontMatter.description ?? summaryAboveMoreDivider(body) ?? excerptWithoutShortcodes(body),
    tags,
    categories: frontMatter.categories,
    series: frontMatter.series,
    authors: frontMatter.authors,
    draft: frontMatter.draft,
    lang: frontMatter.lang,
    cover,
    format,
    sourcePath,
    body,
    bodyStartLine,
    readingMinutes: estimateReadingMinutes(prose, { codeLines }),
    imageContext,
    aliases,
    refs: {},
  };
  return { post };
}

/** Everything found in content/: the articles that loaded, every problem, and the bodies of those that did not. */
export interface ContentCollection {
  posts: Post[];
  problems: ContentProblem[];
  /** Bodies of articles whose front matter failed, for checking them in the same run. */
  unloaded: CompilableArticle[];
}

/**
 * Reads, parses and validates every article, collecting every problem instead of stopping at
 * the first: `npm run check` reports front matter and body problems together from this.
 */
export function collectPosts(paths: ContentPaths): ContentCollection {
  const problems: ContentProblem[] = [];
  const posts: Post[] = [];
  const unloaded: CompilableArticle[] = [];
  const articles = discoverArticles(paths, problems);
  for (const article of articles) {
    const loaded = loadArticle(article, paths, problems);
    if (loaded.post) posts.push(loaded.post);
    if (loaded.compilable) unloaded.push(loaded.compilable);
  }

  // Hugo `ref`/`relref` name other articles by file: resolved once every article is known.
  const refIndex: RefIndex = buildRefIndex(paths, articles, posts);
  for (const post of posts) post.refs = resolveRefs(post, refIndex, problems);
  problems.push(...aliasClashes(posts));

  const bySlug = new Map<string, Post>();
  for (const post of posts) {
    const other = bySlug.get(post.slug);
    if (other) {
      problems.push({
        file: post.sourcePath,
        reason: `has the same URL slug «${post.slug}» as ${other.sourcePath}`,
        fix: 'rename one of the files/folders, or give one of them a different `slug:` in its front matter',
      });
    } else bySlug.set(post.slug, post);
  }
  return { posts: posts.sort(newestFirst), problems, unloaded };
}

/**
 * Reads, parses and validates every article. All problems are collected and thrown together as
 * one `ContentError`, so an author fixes everything in one pass and nothing is skipped silently.
 */
export function readAllPosts(paths: ContentPaths): Post[] {
  const { posts, problems } = collectPosts(paths);
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0) throw new ContentError(problems);
  // Warnings do not stop the build, but the author still sees them (e.g. an unknown front matter key).
  for (const problem of problems) console.warn(`warning: ${formatProblem(problem)}`);
  return posts;
}

/** Two articles claiming one old address, or an old address that is an article's own. */
function aliasClashes(posts: Post[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, Post>(posts.map((post) => [sitePaths.post(post.slug), post]));
  for (const post of posts) {
    for (const alias of post.aliases) {
      const owner = owners.get(alias);
      if (owner === post) continue;
      if (owner) {
        problems.push({
          file: post.sourcePath,
          field: 'aliases',
          reason: `old address «${alias}» is already ${owner.aliases.includes(alias) ? `an old address of ${owner.sourcePath}` : `the address of ${owner.sourcePath}`}`,
          fix: 'remove it from one of the two articles',
        });
      } else owners.set(alias, post);
    }
  }
  return problems;
}

/** First path segments the site itself uses: a page cannot take them. */
const RESERVED_PAGE_SLUGS: readonly string[] = ['posts', 'tags', 'categories', 'series', 'archive', 'search', 'page', 'og', 'feed.xml', 'atom.xml', 'feed.json'];

/**
 * Site pages (`content/pages/about.md` → `/about/`): the same files, front matter and checks
 * as articles, read by the same code from another folder. They are not articles: no list,
 * feed or tag shows them. The folder is optional.
 */
export function readAllPages(paths: ContentPaths): Post[] {
  if (!existsSync(paths.pagesDir)) return [];
  const { posts: pages, problems } = collectPosts({ ...paths, postsDir: paths.pagesDir });
  for (const page of pages) {
    if (RESERVED_PAGE_SLUGS.includes(page.slug)) {
      problems.push({
        file: page.sourcePath,
        reason: `a page at /${page.slug}/ would be hidden by the site's own /${page.slug}/`,
        fix: 'rename the file, or give it another `slug:` in its front matter',
      });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}

function newestFirst(a: Post, b: Post): number {
  return b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'fa');
}

type PostCache = Map<string, { signature: string; posts: Post[] }>;

/**
 * Kept on `globalThis`: Next.js bundles route handlers and pages separately, and a module-level
 * cache would exist once per bundle, reading every article again for each.
 */
const cache: PostCache = ((globalThis as { __persianArticles?: PostCache }).__persianArticles ??= new Map());

/**
 * Memoised `readAllPosts`: each article is read and parsed once per process. In production
 * (a build, a server) content cannot change, so nothing is checked again; elsewhere a cheap
 * signature (file names, sizes and times) lets `next dev` pick up edits without a restart.
 */
export function loadAllPosts(rootDir: string = process.cwd()): Post[] {
  // Every build process reads the articles: where the benchmark's profile of the build starts.
  profileThisProcess();
  const paths = contentPaths(rootDir);
  const cached = cache.get(rootDir);
  if (cached && process.env.NODE_ENV === 'production') return cached.posts;
  const signature = contentSignature(paths.postsDir);
  if (cached && cached.signature === signature) return cached.posts;
  const posts = readAllPosts(paths);
  cache.set(rootDir, { signature, posts });
  return posts;
}

/** Memoised `readAllPages`, like `loadAllPosts`. */
export function loadAllPages(rootDir: string = process.cwd()): Post[] {
  const paths = contentPaths(rootDir);
  const key = `${rootDir}#pages`;
  const cached = cache.get(key);
  if (cached && process.env.NODE_ENV === 'production') return cached.posts;
  const signature = contentSignature(paths.pagesDir);
  if (cached && cached.signature === signature) return cached.posts;
  const pages = readAllPages(paths);
  cache.set(key, { signature, posts: pages });
  return pages;
}

function contentSignature(dir: string): string {
  const parts: string[] = [];
  const walk = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(/* turbopackIgnore: true */ current, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        // lstat: a symbolic link loop (reported by the loader) must not throw here.
        const stat = lstatSync(full);
        parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return parts.sort().join('|');
}

function display(paths: ContentPaths, file: string): string {
  return path.relative(paths.rootDir, file).split(path.sep).join('/');
}
