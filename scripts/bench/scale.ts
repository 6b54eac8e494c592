/**
 * The site at scale: generated articles (N = 100, 1,000; 5,000 with --with-5000) built with
 * CONTENT_DIR, measuring the build (wall, CPU and peak memory of all its processes, output size)
 * and what list pages and the search index weigh as the archive grows.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeGeneratedContent } from '../generate-articles';
import type { ProcessTreeUsage } from './process-tree';
import { measureHugo } from './hugo';
import { measureArticleCosts } from './article-costs';
import { coldBuild, contentShareOf, perArticleOutput, rebuildAfterOneEdit, type BuildAtScale } from './build-at-scale';

export interface ScaleFigures {
  articles: number;
  build: Omit<ProcessTreeUsage, 'output' | 'exitCode'>;
  outputMb: number;
  pages: Array<{ path: string; rawKb: number; gzipKb: number }>;
  /** Content's share of the cold build, output per article, rebuild after one edit (build-at-scale.ts). */
  buildAtScale?: BuildAtScale;
}

/** Bytes under `dir` in MB, leaving out the sub-folders named in `skip` (e.g. the bundler's `cache`). */
export function folderSizeMb(dir: string, skip: readonly string[] = []): number {
  let bytes = 0;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && current === dir && skip.includes(entry.name)) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) bytes += statSync(full).size;
    }
  };
  walk(dir);
  return bytes / 1024 / 1024;
}

/** Resolves once `origin` answers 200 (a server just started). */
export async function waitFor(origin: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start on ${origin}`);
}

/** Builds N generated articles and weighs `pagePaths` (relative to the site) as served. */
export async function measureAtScale(count: number, pagePaths: (count: number) => string[], port: number): Promise<ScaleFigures> {
  const contentDir = path.resolve(`bench/tmp/content-${count}`);
  await writeGeneratedContent(contentDir, count, 1);
  const env = { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
  const build = await coldBuild(env);
  if (build.exitCode !== 0) throw new Error(`build of ${count} articles failed:\n${build.output.slice(-3000)}`);
  // The build's output, not the bundler's cache beside it.
  const outputMb = folderSizeMb('.next', ['cache']);
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore', detached: true, env });
  try {
    await waitFor(origin);
    const pages = [];
    for (const pagePath of pagePaths(count)) {
      const response = await fetch(origin + encodeURI(pagePath));
      if (!response.ok) throw new Error(`${pagePath}: HTTP ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      pages.push({ path: pagePath, rawKb: body.length / 1024, gzipKb: gzipSync(body).length / 1024 });
    }
    const usage = {
      wallSeconds: build.wallSeconds,
      cpuSeconds: build.cpuSeconds,
      peakMemoryMb: build.peakMemoryMb,
      cpuByKind: build.cpuByKind,
      peakMemoryByKindMb: build.peakMemoryByKindMb,
    };
    return { articles: count, build: usage, outputMb, pages };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

/** `measureAtScale`, then the build figures of build-at-scale.ts (the server is stopped before the rebuild). */
export async function measureBuildAtScale(count: number, pagePaths: (count: number) => string[], port: number): Promise<ScaleFigures> {
  const figures = await measureAtScale(count, pagePaths, port);
  const contentDir = path.resolve(`bench/tmp/content-${count}`);
  const env = { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
  const first = readdirSync(path.join(contentDir, 'posts')).sort()[0]!;
  const firstFile = path.join(contentDir, 'posts', first);
  const slug = first.replace(/\.mdx?$/, '');
  const perArticleKb = perArticleOutput('.next', slug);
  const articleFile = statSync(firstFile).isDirectory() ? path.join(firstFile, readdirSync(firstFile).find((name) => /^index\.mdx?$/.test(name))!) : firstFile;
  const rebuild = await rebuildAfterOneEdit(env, articleFile);
  const profileDir = path.resolve(`bench/tmp/profile-${count}`);
  const profiled = await coldBuild(env, profileDir);
  if (profiled.exitCode !== 0) throw new Error(`profiled build of ${count} articles failed:\n${profiled.output.slice(-3000)}`);
  const contentShare = contentShareOf(profileDir);
  const articleCosts = measureArticleCosts(contentDir);
  const hugo = await measureHugo(contentDir);
  return { ...figures, buildAtScale: { contentShare, perArticleKb, rebuild, articleCosts, ...(hugo ? { hugo } : {}) } };
}
