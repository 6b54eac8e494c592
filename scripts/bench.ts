/**
 * `npm run bench`: measures what readers download and how long authors wait, and writes the
 * figures to bench/results.json and bench/RESULTS.md. Nothing here is a pass/fail test: the
 * machine is noisy, so compare the figures of one run with each other, not with a threshold.
 *
 * Builds the site, serves it with `next start` (gzip on, as in production), loads each page in
 * Chromium and sums the bytes the browser actually received per resource type.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { getPublishedPosts } from '@/lib/content/posts';
import { slugify } from '@/lib/persian/slug';
import { leanExportSection, measureLeanExport, type LeanExportFigures } from './bench/lean-export';
import { measureSearch, searchSection } from './bench/search';
import { measureServing, servingSection } from './bench/serving';
import { blankNextScriptBytes } from './bench/blank-next';
import { lighthouse, lighthouseSection, type LighthouseFigures } from './bench/lighthouse';
import { pagesToWeigh, pageWeightSection, seedFirstViewLine, weighPages } from './bench/page-weight';
import { serveStaticFolder } from './bench/static-export';
import { site } from '@/lib/site';
import { sitePaths } from '@/lib/seo/absolute-url';
import { measureBuildAtScale, waitFor, type ScaleFigures } from './bench/scale';
import { buildAtScaleSection } from './bench/build-at-scale';
import { commandLineOrExit } from './command-line';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface PageWeight {
  path: string;
  requests: number;
  bytes: Record<'document' | 'script' | 'stylesheet' | 'font' | 'image' | 'other', number>;
  total: number;
}

function timed<T>(run: () => T): { seconds: number; value: T } {
  const start = performance.now();
  const value = run();
  return { seconds: Number(((performance.now() - start) / 1000).toFixed(2)), value };
}

async function measurePages(paths: string[]): Promise<PageWeight[]> {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const results: PageWeight[] = [];
  for (const path of paths) {
    // A fresh context per page: an empty cache, like a first visit.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map<string, string>();
    const weight: PageWeight = {
      path,
      requests: 0,
      bytes: { document: 0, script: 0, stylesheet: 0, font: 0, image: 0, other: 0 },
      total: 0,
    };
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      const type = (types.get(event.requestId) ?? 'Other').toLowerCase();
      const key = (['document', 'script', 'stylesheet', 'font', 'image'].includes(type) ? type : 'other') as keyof PageWeight['bytes'];
      weight.bytes[key] += event.encodedDataLength;
      weight.total += event.encodedDataLength;
      weight.requests++;
    });
    await page.goto(ORIGIN + encodeURI(path), { waitUntil: 'networkidle' });
    // Scroll to the end so lazy images count too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await context.close();
    results.push(weight);
  }
  await browser.close();
  return results;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** List pages and the search index's head of a generated site: what must not grow (lists) and what does (archive, index). */
const SCALE_PAGES = () => ['/', '/page/2/', `/tags/${slugify('پایتون')}/`, '/archive/', '/search/index.json'];

function scaleSection(figures: ScaleFigures[]): string[] {
  if (figures.length === 0) return [];
  const gz = (f: ScaleFigures, path: string) => f.pages.find((page) => page.path === path)?.gzipKb ?? NaN;
  const index = (f: ScaleFigures) => f.pages.find((page) => page.path === '/search/index.json')!;
  return [
    '## At scale (generated articles, `npm run generate:articles`)',
    '',
    'Build: wall and CPU seconds and peak memory summed over every build process (sampled from /proc);',
    'output: the `.next/` folder without the bundler’s `cache/`. Pages: HTML as served, KB gzip (raw in brackets for the index’s head, `/search/index.json`; its shards are in the Search section).',
    '',
    '| articles | build wall s | build CPU s | peak MB | output MB | `/` | `/page/2/` | a tag page | `/archive/` | search index head | head per 100 articles |',
    '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...figures.map(
      (f) =>
        `| ${f.articles} | ${f.build.wallSeconds.toFixed(1)} | ${f.build.cpuSeconds?.toFixed(1) ?? '?'} | ${f.build.peakMemoryMb?.toFixed(0) ?? '?'} | ${f.outputMb.toFixed(0)} | ${gz(f, '/').toFixed(1)} | ${gz(f, '/page/2/').toFixed(1)} | ${gz(f, SCALE_PAGES()[2]!).toFixed(1)} | ${gz(f, '/archive/').toFixed(1)} | ${index(f).gzipKb.toFixed(0)} (${index(f).rawKb.toFixed(0)}) | ${((index(f).gzipKb / f.articles) * 100).toFixed(1)} (${((index(f).rawKb / f.articles) * 100).toFixed(0)}) |`,
    ),
    '',
    'Ratios from this run: 1,000 ÷ 100 articles — ' +
      (figures.length >= 2
        ? `build CPU ×${((figures[1]!.build.cpuSeconds ?? NaN) / (figures[0]!.build.cpuSeconds ?? NaN)).toFixed(1)}, ` +
          `\`/\` ×${(gz(figures[1]!, '/') / gz(figures[0]!, '/')).toFixed(2)}, \`/page/2/\` ×${(gz(figures[1]!, '/page/2/') / gz(figures[0]!, '/page/2/')).toFixed(2)}, ` +
          `tag page ×${(gz(figures[1]!, SCALE_PAGES()[2]!) / gz(figures[0]!, SCALE_PAGES()[2]!)).toFixed(2)}.`
        : 'n/a.'),
    '',
  ];
}

const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

/** The pages Lighthouse audits: home and two articles (the seed with its cover, the math one). */
function lighthousePaths(): string[] {
  const targets = pagesToWeigh(getPublishedPosts(), site.postsPerPage, (tag) => sitePaths.tag(slugify(tag)));
  return ['home', 'article: seed', 'article: math']
    .map((label) => targets.find((target) => target.label === label)?.path)
    .filter((path) => path !== undefined);
}

/**
 * Page weights on a phone (home, a list, three kinds of article), the blank Next.js floor, and
 * Lighthouse over home and two articles, for one served site: `next start` or a static export.
 */
async function weighAndAudit(origin: string, floorPort: number) {
  const targets = pagesToWeigh(getPublishedPosts(), site.postsPerPage, (tag) => sitePaths.tag(slugify(tag)));
  const browser = await launchChromium();
  let weights, jsFloorBytes;
  try {
    weights = await weighPages(browser, origin, targets);
    jsFloorBytes = await blankNextScriptBytes(browser, floorPort);
  } finally {
    await browser.close();
  }
  const audited: LighthouseFigures[] = lighthousePaths().map((path) => lighthouse(origin, path));
  return { weights, jsFloorBytes, audited };
}

function weightAndLighthouseMarkdown(title: string, figures: Awaited<ReturnType<typeof weighAndAudit>>): string[] {
  return [
    ...pageWeightSection(`Page weight: ${title}`, figures.weights, figures.jsFloorBytes),
    seedFirstViewLine(figures.weights),
    '',
    ...lighthouseSection(`Lighthouse 12: ${title}`, figures.audited),
  ];
}

/** `npm run bench -- --static-export out`: page weights and Lighthouse of an export folder only. */
async function benchStaticExport(dir: string) {
  const stop = await serveStaticFolder(dir, PORT);
  try {
    const figures = await weighAndAudit(ORIGIN, PORT + 2);
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
    mkdirSync('bench', { recursive: true });
    writeFileSync(
      'bench/results-static-export.json',
      JSON.stringify({ date: new Date().toISOString(), commit, dir, ...figures }, null, 2) + '\n',
    );
    console.log(weightAndLighthouseMarkdown(`static export \`${dir}\` served by \`serve\`, commit ${commit}`, figures).join('\n'));
  } finally {
    stop();
  }
}

/** The figures at scale of the last run that measured them (bench/results.json), if any. */
function previousScaleRun(): { scale: ScaleFigures[]; date: string; commit: string } | undefined {
  try {
    const previous = JSON.parse(readFileSync('bench/results.json', 'utf8')) as {
      scale?: ScaleFigures[];
      date: string;
      commit: string;
      scaleRun?: { date: string; commit: string };
    };
    if (!previous.scale?.length) return undefined;
    return { scale: previous.scale, ...(previous.scaleRun ?? { date: previous.date, commit: previous.commit }) };
  } catch {
    return undefined;
  }
}

async function main() {
  const { values: options } = commandLineOrExit(
    'usage: npm run bench -- [--no-scale] [--with-5000] [--no-lean] [--no-serving]\n       npm run bench -- --static-export DIR',
    {
      'static-export': { type: 'string' },
      'no-scale': { type: 'boolean' },
      'with-5000': { type: 'boolean' },
      'no-lean': { type: 'boolean' },
      'no-serving': { type: 'boolean' },
    },
  );
  const exportDir = options['static-export'];
  if (exportDir) return benchStaticExport(exportDir);
  // The generated sites first: the real site's build must be the one left in .next/ for the pages below.
  const scaleCounts = options['no-scale'] ? [] : [100, 1000, ...(options['with-5000'] ? [5000] : [])];
  const scale: ScaleFigures[] = [];
  for (const count of scaleCounts) {
    console.log(`building ${count} generated articles…`);
    scale.push(await measureBuildAtScale(count, SCALE_PAGES, PORT));
  }
  // A `--no-scale` run keeps the last figures at scale, named as such (the builds take half an hour).
  const scaleRun = scale.length > 0 ? undefined : previousScaleRun();
  // Before the site's own build: the export build also writes into .next/.
  let leanExport: LeanExportFigures | undefined;
  if (!options['no-lean']) {
    console.log('building the static export and its lean twin…');
    const articles = getPublishedPosts().map((post) => `/posts/${post.slug}/`);
    leanExport = await measureLeanExport(['/', '/archive/', '/tags/', ...articles], PORT + 1, { auditPaths: lighthousePaths() });
  }
  const check = timed(() => execFileSync('npx', ['tsx', 'scripts/check-content.ts'], { stdio: 'pipe' }));
  // The static export of the same content, for the serving comparison; before `npm run build`,
  // which must be the last build (see README, Deployment).
  const withServing = !options['no-serving'];
  if (withServing) execFileSync('npm', ['run', 'build:export'], { stdio: 'pipe', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const build = timed(() =>
    execFileSync('npm', ['run', 'build'], { stdio: 'pipe', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }),
  );
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(PORT)], { stdio: 'ignore', detached: true });
  try {
    await waitFor(ORIGIN);
    const posts = getPublishedPosts();
    const paths = ['/', ...posts.map((post) => `/posts/${post.slug}/`), '/tags/'];
    const pages = await measurePages(paths);
    const weighed = await weighAndAudit(ORIGIN, PORT + 2);
    const audited = weighed.audited;
    // Typed in an article's header box: a word of the newest article's title, so it has a result.
    const searchWord = posts[0]!.title.split(/\s+/).find((word) => word.length >= 3) ?? posts[0]!.title;
    const search = await measureSearch(ORIGIN, `/posts/${posts[posts.length - 1]!.slug}/`, searchWord);
    const serving = withServing ? await measureServing(ORIGIN, 'out', PORT + 1) : undefined;
    const results = {
      date: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, node ${process.version}`,
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(),
      articles: posts.length,
      seconds: { checkContent: check.seconds, nextBuild: build.seconds },
      pages,
      lighthouse: audited,
      pageWeight: { pages: weighed.weights, jsFloorBytes: weighed.jsFloorBytes },
      scale: scaleRun?.scale ?? scale,
      scaleRun: scaleRun ? { date: scaleRun.date, commit: scaleRun.commit } : undefined,
      leanExport,
      search,
      serving,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
    const home = pages[0]!;
    const rows = pages.map(
      (p) =>
        `| ${p.path} | ${p.requests} | ${kb(p.bytes.document)} | ${kb(p.bytes.script)} | ${kb(p.bytes.stylesheet)} | ${kb(p.bytes.font)} | ${kb(p.bytes.image)} | ${kb(p.total)} | ${(p.bytes.script / home.bytes.script).toFixed(2)} |`,
    );
    const markdown = [
      '# Benchmark results',
      '',
      `Run ${results.date} on ${results.machine}, commit ${results.commit}; ${posts.length} articles. Written by \`npm run bench\`.`,
      '',
      `- \`npm run check\`: ${check.seconds} s; \`npm run build\` (Turbopack, .next cache kept): ${build.seconds} s`,
      '',
      'First visit, empty cache, phone viewport. KB received over the wire (gzip as served by `next start`).',
      "The last column is the page's JavaScript relative to the home page's, from the same run.",
      '',
      '| page | requests | HTML | JS | CSS | fonts | images | total | JS ÷ home JS |',
      '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
      ...rows,
      '',
      ...weightAndLighthouseMarkdown('`next start`', weighed),
      ...(results.scaleRun
        ? [
            `_The figures at scale below are from the run of ${results.scaleRun.date}, commit ${results.scaleRun.commit}; this run was \`--no-scale\`._`,
            '',
          ]
        : []),
      ...scaleSection(results.scale),
      ...buildAtScaleSection(results.scale),
      ...leanExportSection(leanExport),
      ...searchSection(search),
      ...servingSection(serving),
    ].join('\n');
    writeFileSync('bench/RESULTS.md', markdown);
    console.log(markdown);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
