import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { TocEntry } from './mdx/rehype-heading-ids';
import type { ArticlePlainText } from './plain-text';
import type { ContentProblem } from './problems';

/**
 * What compiling an article produces that can be kept on disk: for `.mdx`, the MDX compiler's
 * JavaScript (evaluated again with the page's components); for `.md`, the HTML tree
 * (lib/content/mdx/markdown.ts); and what the pipeline reported beside it.
 */
export interface CachedCompile {
  code?: string;
  tree?: HastRoot;
  toc: TocEntry[];
  plainText: ArticlePlainText;
  headingIds: string[];
  warnings: ContentProblem[];
}

/** Counters of one process, for tests and the benchmark: how often an article was compiled or read back. */
export interface CompileCounters {
  /** Bodies run through the Markdown/MDX pipeline. */
  compiled: number;
  /** Compiles answered from the disk cache. */
  hits: number;
  /** Disk-cache lookups that found nothing and compiled. */
  misses: number;
}

export const compileCounters: CompileCounters = ((globalThis as { __persianCompileCounters?: CompileCounters }).__persianCompileCounters ??= {
  compiled: 0,
  hits: 0,
  misses: 0,
});

export interface CompileCache {
  /** Identifies the pipeline: source files and plugin versions. Part of every key. */
  version: string;
  read(key: string): CachedCompile | undefined;
  write(key: string, value: CachedCompile): void;
}

/**
 * A folder of compiled articles, one JSON file per key. Writes go through a temporary file and
 * a rename, so build workers sharing the folder never read half a file.
 */
export function diskCompileCache(dir: string, version: string): CompileCache {
  return {
    version,
    read(key) {
      try {
        return JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ dir, `${key}.json`), 'utf8')) as CachedCompile;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        mkdirSync(dir, { recursive: true });
        const file = path.join(/* turbopackIgnore: true */ dir, `${key}.json`);
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(value));
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written (read-only disk) only costs time.
      }
    },
  };
}

/** The key of one compile: the pipeline's version and everything of the article the output depends on. */
export function compileKey(version: string, inputs: unknown): string {
  return createHash('sha256').update(version).update('\0').update(JSON.stringify(inputs)).digest('hex').slice(0, 40);
}

/**
 * Source of the pipeline (the content library, Persian text helpers, interface copy and site
 * settings) and the versions of the packages it runs: a change to any of them is a new
 * version, so no article compiled by an older pipeline is reused. Undefined when the sources
 * are not there (a deployed server), where nothing is compiled ahead anyway.
 */
export function pipelineVersion(rootDir: string, nodeEnv: string | undefined): string | undefined {
  const hash = createHash('sha256').update(`node-env:${nodeEnv ?? ''}\0`);
  try {
    for (const file of pipelineSourceFiles(rootDir)) {
      hash.update(path.relative(rootDir, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    for (const name of PIPELINE_PACKAGES) {
      const manifest = JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ rootDir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      hash.update(`${name}@${manifest.version}\0`);
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex').slice(0, 16);
}

const PIPELINE_SOURCES = ['lib/content', 'lib/persian', 'lib/ui-text.ts', 'lib/site.ts'];

/** Packages whose version changes compiled output (parsers, highlighter, math, JSX runtime). */
export const PIPELINE_PACKAGES = [
  'next-mdx-remote',
  '@mdx-js/mdx',
  // The Markdown path (mdx/markdown.ts) runs these itself.
  'unified',
  'remark-parse',
  'remark-rehype',
  'hast-util-to-jsx-runtime',
  'remark-gfm',
  'remark-math',
  'rehype-katex',
  'katex',
  'rehype-pretty-code',
  'shiki',
  'react',
];

function pipelineSourceFiles(rootDir: string): string[] {
  const files: string[] = [];
  const walk = (entry: string) => {
    if (statSync(entry).isDirectory()) {
      for (const name of readdirSync(entry).sort()) walk(path.join(/* turbopackIgnore: true */ entry, name));
    } else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) files.push(entry);
  };
  for (const source of PIPELINE_SOURCES) walk(path.join(/* turbopackIgnore: true */ rootDir, source));
  return files;
}

/**
 * Names, sizes and times of the files beside an article in its page bundle (not its text): the images its
 * body refers to are measured at compile time (and `-dark` twins looked for), so adding or
 * changing one must compile the article again.
 */
export function bundleFingerprint(bundleDir: string | undefined): string[] {
  if (!bundleDir) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(/* turbopackIgnore: true */ dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.mdx?$/i.test(entry.name)) {
        const stat = statSync(full);
        found.push(`${path.relative(bundleDir, full)}:${stat.size}:${Math.round(stat.mtimeMs)}`);
      }
    }
  };
  try {
    walk(bundleDir);
  } catch {
    return [];
  }
  return found.sort();
}
