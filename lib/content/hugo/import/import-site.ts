import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { MDXComponents } from 'mdx/types';
import { parse as parseToml } from 'smol-toml';
import { slugify } from '@/lib/persian/slug';
import { isSiteRoute } from '@/lib/seo/absolute-url';
import { site } from '@/lib/site';
import { collectContentProblems } from '../../check';
import type { ContentProblem } from '../../problems';
import { normaliseAlias } from '../aliases';
import { isSiteLanguage, languageName, parseArticleFileName } from '../language';
import { expandPermalink, hugoUrlize } from '../permalinks';
import { findShortcodeTags } from '../shortcodes/parse';
import { readHugoConfig, type HugoConfig } from './config';
import { commentOutCover, setAliases, setDraft } from './front-matter-edit';

export interface ImportedArticle {
  /** Path in the Hugo site, e.g. `content/posts/2023/note.fa.md`. */
  source: string;
  /** Path in this project, e.g. `content/posts/note.fa.md`. */
  target: string;
  /** What was found and converted (or is understood as it is), for the report. */
  conversions: string[];
  /** Old addresses added as aliases. */
  aliasesAdded: string[];
  /** Errors that made it a draft. */
  draftReasons: ContentProblem[];
}

export interface ImportReport {
  config?: string;
  articles: ImportedArticle[];
  skipped: Array<{ file: string; reason: string; fix?: string }>;
  staticFiles: number;
  /** Files already in the project with other content: left as they are, never overwritten. */
  notOverwritten: Array<{ file: string; source: string; reason: string; fix: string }>;
  /** Files written or changed in the project; 0 when the import had already been done. */
  changedFiles: string[];
  /** Warnings in the imported articles (unknown shortcodes…), with file:line. */
  warnings: ContentProblem[];
}

interface Unit {
  source: string;
  /** The article file (absolute). */
  file: string;
  /** Bundle folder (absolute) for page bundles. */
  bundleDir?: string;
  /** File or folder name in content/posts/ here. */
  targetName: string;
  /** Name without extension and language: the default slug and Hugo's `:filename`. */
  baseName: string;
  language?: string;
  /**
   * Folders between the section and the article (`posts/2023/note.md` → `['2023']`): part of
   * Hugo's default address, though the article moves up to content/posts/ here.
   */
  folders?: string[];
}

/**
 * Imports a Hugo site's posts into this project: each article keeps its file (the loader
 * reads Hugo's conventions as they are), its images stay beside it, `static/` goes to
 * `public/`, and old addresses (the site's `permalinks` pattern, Hugo's default address)
 * become `aliases`. The result is checked like `npm run check`; an article that still has an
 * error becomes a draft with the reason reported. Only files whose content changes are
 * written, so a second run changes nothing.
 */
export async function importHugoSite(siteDir: string, rootDir: string, components: MDXComponents): Promise<ImportReport> {
  const config = readHugoConfig(siteDir);
  const sectionDir = ['posts', 'post'].map((name) => path.join(siteDir, 'content', name)).find((dir) => existsSync(dir));
  if (!sectionDir) throw new Error(`no content/posts/ or content/post/ in ${siteDir}`);
  const section = path.basename(sectionDir);
  const skipped: ImportReport['skipped'] = [];
  const units = discoverUnits(siteDir, sectionDir, skipped);

  // Every file the import would write, relative to the project root → its content.
  const planned = new Map<string, Buffer>();
  // Where each planned file comes from in the Hugo site, for the report.
  const sources = new Map<string, string>();
  const articles: ImportedArticle[] = [];
  for (const unit of units) {
    const targetDir = path.join('content', 'posts', unit.bundleDir ? unit.targetName : '');
    const target = path.join(targetDir, unit.bundleDir ? path.basename(unit.file) : unit.targetName).split(path.sep).join('/');
    const text = readFileSync(unit.file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const converted = convertArticle(text, unit, config, section);
    planned.set(target, Buffer.from(converted.text));
    sources.set(target, rel(siteDir, unit.file));
    if (unit.bundleDir) {
      for (const file of listFiles(unit.bundleDir)) {
        const name = path.relative(unit.bundleDir, file);
        if (file === unit.file || isOtherLanguageArticle(path.basename(file))) continue;
        const bundleTarget = path.join(targetDir, name).split(path.sep).join('/');
        planned.set(bundleTarget, readFileSync(file));
        sources.set(bundleTarget, rel(siteDir, file));
      }
    }
    articles.push({ source: rel(siteDir, unit.file), target, conversions: converted.conversions, aliasesAdded: converted.aliasesAdded, draftReasons: [] });
  }
  const staticDir = path.join(siteDir, 'static');
  let staticFiles = 0;
  if (existsSync(staticDir)) {
    for (const file of listFiles(staticDir)) {
      const address = `/${rel(staticDir, file)}`;
      // `static/robots.txt`, `static/sitemap.xml`…: this site makes these itself (app/robots.ts, app/sitemap.ts…).
      if (isSiteRoute(address)) {
        skipped.push({
          file: rel(siteDir, file),
          reason: `${address} is made by this site itself; a copy in public/ would collide with it`,
          fix: 'leave it out; change the site’s own version (app/, lib/site.ts) if something in it is missing',
        });
        continue;
      }
      const target = `public${address}`;
      planned.set(target, readFileSync(file));
      sources.set(target, rel(siteDir, file));
      staticFiles++;
    }
  }

  // Checked in a scratch copy of the project, so the project is written once, finished.
  const targets = new Set(articles.map((article) => article.target));
  const first = await checkPlanned(rootDir, planned, components);
  for (const article of articles) {
    const errors = first.filter((problem) => problem.file === article.target && problem.severity !== 'warning');
    if (errors.length === 0) continue;
    let text = setDraft(planned.get(article.target)!.toString('utf8'));
    if (errors.some((problem) => problem.field?.startsWith('cover'))) text = commentOutCover(text);
    planned.set(article.target, Buffer.from(text));
    article.conversions.push('imported as a draft: it has errors to fix (below)');
  }
  // Checked again as written, so every line number matches the imported file.
  const final = await checkPlanned(rootDir, planned, components);
  for (const article of articles) article.draftReasons = final.filter((problem) => problem.file === article.target && problem.severity !== 'warning');
  const warnings = final.filter((problem) => targets.has(problem.file) && problem.severity === 'warning');

  // A file already in the project with other content is the author's: it is never overwritten.
  const notOverwritten: ImportReport['notOverwritten'] = [];
  const changedFiles: string[] = [];
  for (const [file, data] of planned) {
    const full = path.join(rootDir, file);
    if (existsSync(full)) {
      if (readFileSync(full).equals(data)) continue;
      notOverwritten.push({
        file,
        source: sources.get(file) ?? file,
        reason: `${file} already exists here with other content`,
        fix: `compare the two; to import the Hugo version, move or delete ${file} and run the import again (a file you changed after an earlier import is kept the same way)`,
      });
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, data);
    changedFiles.push(file);
  }
  const kept = new Set(notOverwritten.map((entry) => entry.file));
  return {
    config: config.file,
    articles: articles.filter((article) => !kept.has(article.target)),
    skipped,
    staticFiles,
    notOverwritten,
    changedFiles,
    warnings: warnings.filter((warning) => !kept.has(warning.file)),
  };
}

function discoverUnits(siteDir: string, sectionDir: string, skipped: ImportReport['skipped']): Unit[] {
  const units: Unit[] = [];
  const taken = new Map<string, string>();
  const add = (unit: Unit) => {
    const other = taken.get(unit.targetName);
    if (other) {
      skipped.push({ file: unit.source, reason: `has the same name as ${other}; rename one of them and import again` });
      return;
    }
    taken.set(unit.targetName, unit.source);
    units.push(unit);
  };
  const walk = (dir: string) => {
    const folders = path.relative(sectionDir, dir).split(path.sep).filter(Boolean);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const indexes = readdirSync(full).filter((name) => parseArticleFileName(name)?.base === 'index');
        if (indexes.length === 0) {
          // A folder of articles (`posts/2023/`), not an article: its articles move up.
          if (!entry.name.startsWith('_')) walk(full);
          continue;
        }
        const own = indexes.filter((name) => isSiteLanguage(parseArticleFileName(name)!, site.language));
        for (const name of indexes.filter((index) => !own.includes(index))) {
          skipped.push({ file: rel(siteDir, path.join(full, name)), reason: otherLanguage(name) });
        }
        if (own.length === 0) continue;
        add({ source: rel(siteDir, path.join(full, own[0]!)), file: path.join(full, own[0]!), bundleDir: full, targetName: entry.name, baseName: entry.name, language: parseArticleFileName(own[0]!)!.language, folders });
      } else if (entry.isFile()) {
        if (entry.name.startsWith('_')) continue;
        const name = parseArticleFileName(entry.name.replace(/\.(markdown|mdown|mkd|mkdn)$/i, '.md'));
        if (!name) continue;
        if (!isSiteLanguage(name, site.language)) {
          skipped.push({ file: rel(siteDir, full), reason: otherLanguage(entry.name) });
          continue;
        }
        const targetName = /\.mdx?$/i.test(entry.name) ? entry.name : entry.name.replace(/\.[^.]+$/, '.md');
        add({ source: rel(siteDir, full), file: full, targetName, baseName: name.base, language: name.language, folders });
      }
    }
  };
  walk(sectionDir);
  return units;
}

function otherLanguage(fileName: string): string {
  const language = parseArticleFileName(fileName)?.language ?? '';
  return `is the ${languageName(language)} version; this site publishes ${languageName(site.language)} articles only`;
}

function isOtherLanguageArticle(fileName: string): boolean {
  const name = parseArticleFileName(fileName);
  return name !== undefined && !isSiteLanguage(name, site.language);
}

interface Converted {
  text: string;
  conversions: string[];
  aliasesAdded: string[];
}

/** Adds the article's old addresses to its `aliases`; everything else is read as Hugo wrote it. */
export function convertArticle(text: string, unit: Pick<Unit, 'baseName' | 'language' | 'folders'>, config: HugoConfig, section: string): Converted {
  const conversions: string[] = [];
  const toml = text.startsWith('+++');
  let data: Record<string, unknown> = {};
  try {
    data = lowerKeys(
      toml
        ? matter(text, { delimiters: '+++', language: 'toml', engines: { toml: (source: string) => parseToml(source) as object } }).data
        : matter(text, { engines: { yaml: (source: string) => (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object } }).data,
    );
  } catch {
    return { text, conversions: ['front matter could not be read: left as it is'], aliasesAdded: [] };
  }
  if (toml) conversions.push('TOML front matter (read as it is)');
  if (unit.language) conversions.push(`language suffix \`.${unit.language}.md\` (read as it is)`);
  const body = matter(text, toml ? { delimiters: '+++', language: 'toml', engines: { toml: () => ({}) } } : { engines: { yaml: () => ({}) } }).content;
  const headingIds = body.match(/^#{1,6}\s.*\{\s*[#.][^}]*\}\s*$/gm)?.length ?? 0;
  if (headingIds > 0) conversions.push(`${headingIds} heading id${headingIds === 1 ? '' : 's'} \`{#…}\` kept as anchors`);
  const shortcodes = new Map<string, number>();
  for (const tag of findShortcodeTags(body)) if (!tag.closing && !tag.escaped) shortcodes.set(tag.name, (shortcodes.get(tag.name) ?? 0) + 1);
  if (shortcodes.size > 0) conversions.push(`shortcodes: ${[...shortcodes].map(([name, count]) => `${name} ×${count}`).join(', ')}`);
  if (/^\s*<!--\s*more\s*-->\s*$/m.test(body)) conversions.push('`<!--more-->` summary divider');

  const slug = typeof data.slug === 'string' && data.slug.trim() ? data.slug.trim() : undefined;
  const title = typeof data.title === 'string' ? data.title : '';
  const date = dateText(data.date);
  const newAddress = `/posts/${slugify((slug ?? unit.baseName).normalize('NFC'))}/`;
  const pattern = config.permalinks[section] ?? config.permalinks.posts ?? config.permalinks.post;
  const oldPath = pattern
    ? expandPermalink(pattern, { date, title, slug, fileName: unit.baseName, section })
    : // Hugo's default keeps the folders the file sat in: content/posts/x/x.md was at /posts/x/x/.
      `/${[section, ...(unit.folders ?? []), slug ?? unit.baseName].map(hugoUrlize).join('/')}/`;
  const language = unit.language ?? config.defaultLanguage;
  const prefix = config.multilingual && (language !== config.defaultLanguage || config.defaultLanguageInSubdir) ? `/${language}` : '';

  const existing = stringList(data.aliases);
  const known = new Set([...existing, ...(typeof data.url === 'string' ? [data.url] : [])].map((alias) => normalised(alias)));
  const aliasesAdded: string[] = [];
  if (oldPath) {
    const old = normalised(`${prefix}${oldPath}`);
    if (old && old !== newAddress && !known.has(old)) aliasesAdded.push(old);
  }
  if (aliasesAdded.length === 0) return { text, conversions, aliasesAdded };
  conversions.push(`old address ${aliasesAdded.join(', ')} → alias`);
  return { text: setAliases(text, [...existing, ...aliasesAdded]), conversions, aliasesAdded };
}

function normalised(alias: string): string | undefined {
  const result = normaliseAlias(alias);
  return result.ok ? result.path : undefined;
}

function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value.trim() : undefined;
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}

function lowerKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]));
}

async function checkPlanned(rootDir: string, planned: ReadonlyMap<string, Buffer>, components: MDXComponents): Promise<ContentProblem[]> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'hugo-import-'));
  try {
    for (const dir of ['content', 'public']) {
      if (existsSync(path.join(rootDir, dir))) cpSync(path.join(rootDir, dir), path.join(scratch, dir), { recursive: true });
    }
    mkdirSync(path.join(scratch, 'content', 'posts'), { recursive: true });
    for (const [file, data] of planned) {
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      writeFileSync(path.join(scratch, file), data);
    }
    return (await collectContentProblems(scratch, components)).problems;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full));
    else if (statSync(full).isFile()) files.push(full);
  }
  return files.sort();
}

function rel(from: string, file: string): string {
  return path.relative(from, file).split(path.sep).join('/');
}
