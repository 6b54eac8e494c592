/**
 * Hugo beside the site: the same generated articles built by Hugo (bench/hugo/, a small theme
 * doing PaperMod's work per page), measured like the site's build in the same run, so that the
 * site's build is reported as a multiple of Hugo's (the budget: at most twice Hugo's CPU).
 * `npx tsx scripts/bench/hugo.ts <content dir>` measures one folder by hand.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureProcessTree } from './process-tree';
import type { BuildUsage } from './build-at-scale';

export interface HugoFigures {
  version: string;
  /** No `resources/` or cache: every cover resized again, as on a fresh clone. */
  cold: BuildUsage;
  /** The same build again, Hugo's resized images kept. */
  warm: BuildUsage;
}

/** The theme and configuration, committed; the site itself is made under bench/tmp/. */
export const HUGO_SOURCE_DIR = 'bench/hugo';

/**
 * Copies the generated articles where Hugo reads them: `.mdx` becomes `.md` (Hugo has no MDX;
 * its Markdown renderer passes the few components through as HTML), and the theme's own pages
 * (the archive) are added beside them.
 */
export function prepareHugoContent(contentDir: string, siteDir: string): string {
  const target = path.join(siteDir, 'content');
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(HUGO_SOURCE_DIR, 'content'), target, { recursive: true });
  cpSync(path.join(contentDir, 'posts'), path.join(target, 'posts'), { recursive: true });
  const renameMdx = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) renameMdx(full);
      else if (entry.name.endsWith('.mdx')) renameSync(full, full.slice(0, -1));
    }
  };
  renameMdx(path.join(target, 'posts'));
  return target;
}

/** The `hugo` on PATH, installed from Debian's apt when missing and allowed (root); else undefined. */
export function hugoVersion(): string | undefined {
  const version = () => execFileSync('hugo', ['version'], { stdio: 'pipe' }).toString().trim();
  try {
    return version();
  } catch {
    if (process.getuid?.() !== 0) return undefined;
    try {
      execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo'], { stdio: 'pipe' });
      return version();
    } catch {
      return undefined;
    }
  }
}

const usageOf = ({ wallSeconds, cpuSeconds, peakMemoryMb }: BuildUsage): BuildUsage => ({ wallSeconds, cpuSeconds, peakMemoryMb });

/** Hugo cold, then warm, over `contentDir`; undefined when no Hugo can be had. */
export async function measureHugo(contentDir: string, siteDir = path.resolve(`bench/tmp/hugo-${path.basename(contentDir)}`)): Promise<HugoFigures | undefined> {
  const version = hugoVersion();
  if (!version) return undefined;
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  const content = prepareHugoContent(contentDir, siteDir);
  const args = ['--source', HUGO_SOURCE_DIR, '--contentDir', content, '--destination', path.join(siteDir, 'public'), '--cacheDir', path.join(siteDir, 'cache'), '--quiet'];
  const env = { ...process.env, HUGO_RESOURCEDIR: path.join(siteDir, 'resources') };
  const run = async () => {
    rmSync(path.join(siteDir, 'public'), { recursive: true, force: true });
    const usage = await measureProcessTree('hugo', args, env);
    if (usage.exitCode !== 0) throw new Error(`hugo failed:\n${usage.output.slice(-3000)}`);
    return usageOf(usage);
  };
  const cold = await run();
  const warm = await run();
  return { version, cold, warm };
}

/** Files Hugo wrote (pages, feeds, resized images), for the by-hand run. */
function fileCount(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    count += statSync(full).isDirectory() ? fileCount(full) : 1;
  }
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const contentDir = process.argv[2];
  if (!contentDir) {
    console.error('usage: npx tsx scripts/bench/hugo.ts <generated content dir>');
    process.exit(2);
  }
  const siteDir = path.resolve(`bench/tmp/hugo-${path.basename(contentDir)}`);
  const figures = await measureHugo(path.resolve(contentDir), siteDir);
  if (!figures) {
    console.error('no hugo: install it (apt-get install hugo)');
    process.exit(1);
  }
  console.log(JSON.stringify({ ...figures, files: fileCount(path.join(siteDir, 'public')) }, null, 1));
}
