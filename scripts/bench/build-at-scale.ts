/**
 * The build at scale, beside the page figures of scale.ts: what the output of a cold build (no
 * compiled-article or social-card cache) holds per article, a rebuild after editing one article
 * (cache warm), and a second cold build, profiled, for the share of JavaScript time spent loading
 * and compiling content (the profiler's own cost stays out of the timed builds).
 */
import { appendFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { measureProcessTree, type ProcessTreeUsage } from './process-tree';
import { profileShare, readProfiles } from './profile-share';
import type { ArticleCosts } from './article-costs';
import type { HugoFigures } from './hugo';

export type BuildUsage = Omit<ProcessTreeUsage, 'output' | 'exitCode'>;

export interface BuildAtScale {
  /** Shares of the build processes' sampled JavaScript time (0–1). */
  contentShare: { load: number; compile: number; searchText: number } | undefined;
  /** Bytes under .next/server/app/posts/ for one article, by kind of file. */
  perArticleKb: Record<string, number>;
  rebuild: BuildUsage;
  /** Our own work per article, measured alone (scripts/bench/article-costs.ts). */
  articleCosts?: ArticleCosts;
  /** The same articles built by Hugo in the same run (scripts/bench/hugo.ts), when Hugo could be had. */
  hugo?: HugoFigures;
}

/** The site's build, as `npm run build` runs it (its two steps). */
const NEXT_BUILD = ['scripts/next-build.mjs'];

/** The build's own caches (compiled articles, social cards); the benchmark's cold builds start without them. */
export const BUILD_CACHE_DIR = 'node_modules/.cache/persian-articles';

/**
 * A build as on a fresh clone. With `profileDir`, JavaScript is sampled and left unminified (so
 * profiles name functions): that build is for the content share only, since both add CPU time.
 */
export async function coldBuild(env: NodeJS.ProcessEnv, profileDir?: string): Promise<ProcessTreeUsage> {
  // No compiled articles or cards, and no .next/ (whose bundler cache, left by whichever build
  // ran before, made one size's bundling cost several times another's).
  rmSync(BUILD_CACHE_DIR, { recursive: true, force: true });
  rmSync('.next', { recursive: true, force: true });
  if (!profileDir) return measureProcessTree(process.execPath, NEXT_BUILD, env);
  rmSync(profileDir, { recursive: true, force: true });
  return measureProcessTree(process.execPath, NEXT_BUILD, { ...env, BUILD_CPU_PROFILE_DIR: path.resolve(profileDir) });
}

export function contentShareOf(profileDir: string): BuildAtScale['contentShare'] {
  let profiles;
  try {
    profiles = readProfiles(profileDir);
  } catch {
    return undefined;
  }
  const { busySeconds, under } = profileShare(profiles, ['collectPosts', 'compile', 'plainTextOfTree']);
  if (busySeconds === 0) return undefined;
  return { load: under.collectPosts! / busySeconds, compile: under.compile! / busySeconds, searchText: under.plainTextOfTree! / busySeconds };
}

/** What .next/ keeps for one article page (HTML, RSC payload, segment prefetch files…). */
export function perArticleOutput(distDir: string, slug: string): Record<string, number> {
  const base = path.join(distDir, 'server', 'app', 'posts');
  const sizes: Record<string, number> = {};
  const add = (kind: string, bytes: number) => (sizes[kind] = (sizes[kind] ?? 0) + bytes / 1024);
  for (const name of readdirSync(base)) {
    if (!name.startsWith(`${slug}.`)) continue;
    const full = path.join(base, name);
    if (statSync(full).isDirectory()) {
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const inner = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(inner);
          else add(`segments/${entry.name.replace(/^.*__PAGE__/, '__PAGE__')}`, statSync(inner).size);
        }
      };
      walk(full);
    } else add(name.slice(slug.length + 1), statSync(full).size);
  }
  return sizes;
}

/** Edits one article's body (a paragraph at its end) and builds again with the caches warm. */
export async function rebuildAfterOneEdit(env: NodeJS.ProcessEnv, articleFile: string): Promise<BuildUsage> {
  appendFileSync(articleFile, '\n\nیک بند تازه پس از ویرایش.\n');
  const build = await measureProcessTree(process.execPath, NEXT_BUILD, env);
  if (build.exitCode !== 0) throw new Error(`rebuild failed:\n${build.output.slice(-3000)}`);
  return { wallSeconds: build.wallSeconds, cpuSeconds: build.cpuSeconds, peakMemoryMb: build.peakMemoryMb };
}

interface Row {
  articles: number;
  build: BuildUsage;
  outputMb: number;
  buildAtScale?: BuildAtScale;
}

const pct = (share: number | undefined) => (share === undefined ? '?' : `${(share * 100).toFixed(0)} %`);

/** The build figures as a Markdown section of bench/RESULTS.md. */
export function buildAtScaleSection(rows: Row[]): string[] {
  const measured = rows.filter((row) => row.buildAtScale);
  if (measured.length === 0) return [];
  const first = measured[0]!;
  const last = measured[measured.length - 1]!;
  const marginal = (key: 'cpuSeconds' | 'wallSeconds') =>
    measured.length >= 2 ? ((((last.build[key] ?? NaN) - (first.build[key] ?? NaN)) / (last.articles - first.articles)) * 1000).toFixed(0) : '?';
  const kinds = [...new Set(measured.flatMap((row) => Object.keys(row.buildAtScale!.perArticleKb)))].sort();
  return [
    '## The build at scale (cold: no compiled-article or social-card cache, no `.next/`)',
    '',
    'Content share: of the build processes’ sampled JavaScript time (CPU profiles, `BUILD_CPU_PROFILE_DIR`),',
    'the share spent reading articles (`collectPosts`), compiling them (`compile`: Markdown/MDX, Shiki, KaTeX)',
    'and making their search text, from a second cold build: the timed ones run without the profiler, which adds CPU.',
    'Image work in sharp’s threads (social cards) is not in these profiles.',
    'Rebuild: the same build again after editing one article, with the caches warm.',
    'Where the cold build’s CPU seconds went, by process: ' +
      measured
        .map(
          (row) =>
            `${row.articles} articles — ` +
            Object.entries(row.build.cpuByKind ?? {})
              .sort((a, b) => b[1] - a[1])
              .map(([kind, seconds]) => `${kind} ${seconds.toFixed(1)}`)
              .join(', '),
        )
        .join('; ') +
      '.',
    '',
    '| articles | cold wall s | cold CPU s | peak MB | output MB | loading | compiling | search text | rebuild wall s | rebuild CPU s | rebuild ÷ cold CPU |',
    '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...measured.map((row) => {
      const extra = row.buildAtScale!;
      const share = extra.contentShare;
      return `| ${row.articles} | ${row.build.wallSeconds.toFixed(1)} | ${row.build.cpuSeconds?.toFixed(1) ?? '?'} | ${row.build.peakMemoryMb?.toFixed(0) ?? '?'} | ${row.outputMb.toFixed(0)} | ${pct(share?.load)} | ${pct(share?.compile)} | ${pct(share?.searchText)} | ${extra.rebuild.wallSeconds.toFixed(1)} | ${extra.rebuild.cpuSeconds?.toFixed(1) ?? '?'} | ${((extra.rebuild.cpuSeconds ?? NaN) / (row.build.cpuSeconds ?? NaN)).toFixed(2)} |`;
    }),
    '',
    `Marginal cost per article (${first.articles} → ${last.articles}): ${marginal('cpuSeconds')} ms CPU, ${marginal('wallSeconds')} ms wall;`,
    `output ${measured.length >= 2 ? (((last.outputMb - first.outputMb) / (last.articles - first.articles)) * 1024).toFixed(0) : '?'} KB per article.`,
    '',
    ...articleCostLines(measured),
    ...hugoLines(measured),
    'What `.next/server/app/posts/` holds for one article (KB):',
    '',
    `| articles | ${kinds.join(' | ')} |`,
    `| --: | ${kinds.map(() => '--:').join(' | ')} |`,
    ...measured.map((row) => `| ${row.articles} | ${kinds.map((kind) => (row.buildAtScale!.perArticleKb[kind] ?? 0).toFixed(1)).join(' | ')} |`),
    '',
  ];
}

/**
 * Our own work beside the build's: what reading, compiling and rendering an article and
 * drawing its card cost measured alone, and those costs times the articles as a share of the
 * cold build's CPU (an estimate: inside the build they run among the pages, with more garbage to collect).
 */
function articleCostLines(measured: Row[]): string[] {
  const withCosts = measured.filter((row) => row.buildAtScale!.articleCosts);
  if (withCosts.length === 0) return [];
  return [
    'Our own work per article, measured alone (`scripts/bench/article-costs.ts`: the same articles read, their bodies compiled and rendered',
    '(Markdown/MDX, Shiki, KaTeX, React to HTML, search text) and their social cards drawn, one after another in one process without',
    'caches; CPU ms, sharp’s threads included), and all of it for every article as a share of the cold build’s CPU:',
    '',
    '| articles | loading ms | body ms | card ms | × articles, s | share of cold build CPU |',
    '| --: | --: | --: | --: | --: | --: |',
    ...withCosts.map((row) => {
      const costs = row.buildAtScale!.articleCosts!;
      const seconds = ((costs.loadMs + costs.bodyMs + costs.cardMs) * costs.articles) / 1000;
      return `| ${row.articles} | ${costs.loadMs.toFixed(1)} | ${costs.bodyMs.toFixed(1)} | ${costs.cardMs.toFixed(1)} | ${seconds.toFixed(1)} | ${pct(seconds / (row.build.cpuSeconds ?? NaN))} |`;
    }),
    '',
  ];
}

const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '?' : `×${(a / b).toFixed(1)}`);

/** Hugo beside the site, same articles, same run: the budget is at most ×2 Hugo's CPU. */
function hugoLines(measured: Row[]): string[] {
  const withHugo = measured.filter((row) => row.buildAtScale!.hugo);
  if (withHugo.length === 0) return ['Hugo beside the site: not measured (no `hugo`; `apt-get install hugo`).', ''];
  return [
    `Hugo beside the site, same articles, same run (Hugo ${/v\d\S*/.exec(withHugo[0]!.buildAtScale!.hugo!.version)?.[0] ?? '?'}, the theme in \`bench/hugo/\`: PaperMod's work per page, responsive covers included; Hugo has no MDX, so \`.mdx\` files are read as Markdown and Hugo renders no math). Cold: no \`resources/\`, so every cover is resized again; warm: the same build again.`,
    '',
    '| articles | Hugo cold wall s | Hugo cold CPU s | Hugo peak MB | Hugo warm CPU s | site cold ÷ Hugo cold, CPU | site rebuild ÷ Hugo warm, CPU |',
    '| --: | --: | --: | --: | --: | --: | --: |',
    ...withHugo.map((row) => {
      const hugo = row.buildAtScale!.hugo!;
      return `| ${row.articles} | ${hugo.cold.wallSeconds.toFixed(1)} | ${hugo.cold.cpuSeconds?.toFixed(1) ?? '?'} | ${hugo.cold.peakMemoryMb?.toFixed(0) ?? '?'} | ${hugo.warm.cpuSeconds?.toFixed(1) ?? '?'} | ${ratio(row.build.cpuSeconds, hugo.cold.cpuSeconds)} | ${ratio(row.buildAtScale!.rebuild.cpuSeconds, hugo.warm.cpuSeconds)} |`;
    }),
    '',
  ];
}
