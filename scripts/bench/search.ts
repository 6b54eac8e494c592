/**
 * Search at scale, for `npm run bench`: index bytes per 100 articles, the bytes a query needs
 * (the index's head and the shards of its words) and the median query time at 1,000 generated
 * articles (in node, with the engine code the browser runs: lib/search), and the
 * bytes a reader downloads from typing in the header box to the first result (Chromium, against
 * the served site).
 *
 * The index figures come from a child process (`tsx scripts/bench/search.ts --index <content>`),
 * so each article count is read with its own CONTENT_DIR, as the build reads it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { SearchShardFile } from '@/lib/search/index-file';
import { writeGeneratedContent } from '../generate-articles';

/** What readers type, shaped after the generated articles: topics, phrases, spellings, typos, prefixes. */
export const BENCH_QUERIES = [
  'پایتون',
  'یادگیری ماشین',
  'پایگاه داده',
  'کوبرنتیز',
  'داکر',
  'تابع بازگشتی',
  'می کنیم',
  'بهینه‌سازی',
  'بهينه سازي', // Arabic yeh
  'كتابخانه', // Arabic kaf
  'حافظه نهان',
  'پیچیدگی زمانی',
  'هم‌روندی',
  'پردازش زبان طبیعی',
  'Next.js',
  'PostgreSQL',
  'event loop',
  'GPT-4',
  'Python 3.12',
  'C++',
  'یاد', // as typed, letter by letter
  'یادگیری ع',
  'پیکربندی در محیط واقعی',
  'خطاهای رایج در داکر',
  'کوبرنتیس', // a typo
  'ژغژغ', // nothing
] as const;

export interface SearchIndexFigures {
  articles: number;
  /** The whole index: its head and every shard, each file gzipped on its own, as served. */
  indexRawKb: number;
  indexGzipKb: number;
  /** `/search/index.json` alone: the articles and the index without its terms. */
  headGzipKb: number;
  /** The head and the shards one query needs, gzip: median and largest over BENCH_QUERIES. */
  queryIndexGzipKb: { median: number; max: number };
  /** The same for the query the first-result figure types (`SEARCH_FIRST_QUERY`). */
  firstQueryIndexGzipKb?: number;
  /** The median article's passage file, fetched per result shown. */
  passageGzipKb: number;
  /** Parsing the whole index's JSON and loading it into MiniSearch (a browser loads a part of it). */
  loadMs: number;
  queryMedianMs: number;
  queryP95Ms: number;
  queries: Array<{ query: string; total: number; medianMs: number }>;
}

export interface SearchFirstResultBytes {
  page: string;
  query: string;
  requests: number;
  bytes: { script: number; index: number; passages: number; other: number; total: number };
}

export interface SearchFigures {
  scale: SearchIndexFigures[];
  firstResult: SearchFirstResultBytes;
}

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
const kb = (bytes: number) => bytes / 1024;

/** In the child process: the index of the articles under CONTENT_DIR, and queries against it. */
async function measureIndex(): Promise<SearchIndexFigures> {
  const { getPublishedPosts } = await import('@/lib/content/posts');
  const { siteSearchData } = await import('@/app/_search/site-search-data');
  const { shardsByKey } = await import('@/lib/search/build-index');
  const { createSearcher, shardsForQuery } = await import('@/lib/search/search');
  const posts = getPublishedPosts();
  const data = await siteSearchData();
  const json = JSON.stringify(data.index);
  const shardJson = new Map([...shardsByKey(data)].map(([key, shard]) => [key, JSON.stringify(shard)]));
  const gzipBytes = (text: string) => gzipSync(text).length;
  const shardGzip = new Map([...shardJson].map(([key, text]) => [key, gzipBytes(text)]));
  const headGzip = gzipBytes(json);
  const queryIndexGzip = (query: string) => headGzip + shardsForQuery(data.index, query).reduce((sum, key) => sum + shardGzip.get(key)!, 0);
  const loadWhole = () =>
    createSearcher(JSON.parse(json), new Map([...shardJson].map(([key, text]) => [key, JSON.parse(text) as SearchShardFile])));
  const loads: number[] = [];
  let searcher = loadWhole();
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    searcher = loadWhole();
    loads.push(performance.now() - start);
  }
  const RUNS = 25;
  const queries = BENCH_QUERIES.map((query) => {
    const total = searcher.search(query).total; // warm-up
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      searcher.search(query);
      times.push(performance.now() - start);
    }
    return { query, total, medianMs: median(times) };
  });
  const all = queries.map((query) => query.medianMs);
  const passages = [...data.passages.values()].map((text) => gzipSync(JSON.stringify({ text })).length);
  const perQuery = BENCH_QUERIES.map(queryIndexGzip);
  const firstQuery = process.env.SEARCH_FIRST_QUERY;
  return {
    articles: posts.length,
    indexRawKb: kb(Buffer.byteLength(json) + [...shardJson.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0)),
    indexGzipKb: kb(headGzip + [...shardGzip.values()].reduce((sum, bytes) => sum + bytes, 0)),
    headGzipKb: kb(headGzip),
    queryIndexGzipKb: { median: kb(median(perQuery)), max: kb(Math.max(...perQuery)) },
    firstQueryIndexGzipKb: firstQuery ? kb(queryIndexGzip(firstQuery)) : undefined,
    passageGzipKb: kb(median(passages)),
    loadMs: median(loads),
    queryMedianMs: median(all),
    queryP95Ms: quantile(all, 0.95),
    queries,
  };
}

/** Index figures for N generated articles (the folder the scale section wrote, or a new one). */
async function indexAtScale(count: number, firstQuery: string): Promise<SearchIndexFigures> {
  const contentDir = path.resolve(`bench/tmp/content-${count}`);
  // The generator is seeded: a folder already written for this count holds the same articles.
  if (!existsSync(path.join(contentDir, 'posts'))) await writeGeneratedContent(contentDir, count, 1);
  const output = execFileSync('npx', ['tsx', 'scripts/bench/search.ts', '--index'], {
    env: { ...process.env, CONTENT_DIR: contentDir, SEARCH_FIRST_QUERY: firstQuery },
    maxBuffer: 16 * 1024 * 1024,
  }).toString();
  return JSON.parse(output.slice(output.indexOf('{'))) as SearchIndexFigures;
}

/**
 * In Chromium: an article page loaded and settled, then the query typed in the header box;
 * every byte received from the first keystroke until the first results are on screen with
 * their passages.
 */
export async function measureFirstResult(origin: string, page: string, query: string): Promise<SearchFirstResultBytes> {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const tab = await context.newPage();
    await tab.goto(origin + encodeURI(page), { waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    const urls = new Map<string, { url: string; type: string }>();
    const figures: SearchFirstResultBytes = { page, query, requests: 0, bytes: { script: 0, index: 0, passages: 0, other: 0, total: 0 } };
    cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, { url: event.response.url, type: event.type }));
    cdp.on('Network.loadingFinished', (event) => {
      const { url = '', type = '' } = urls.get(event.requestId) ?? {};
      const key =
        url.includes('/search/index.json') || url.includes('/search/shards/')
          ? 'index'
          : url.includes('/search/passages/')
            ? 'passages'
            : type === 'Script'
              ? 'script'
              : 'other';
      figures.bytes[key] += event.encodedDataLength;
      figures.bytes.total += event.encodedDataLength;
      figures.requests++;
    });
    // The header box, as a reader reaches it (`/`), then typed.
    await tab.keyboard.press('/');
    await tab.keyboard.type(query);
    await tab.locator('header [data-header-results] li a').first().waitFor();
    // The passages of the results shown follow the list; loadingFinished may trail by a moment.
    await tab.waitForLoadState('networkidle');
    await context.close();
    return figures;
  } finally {
    await browser.close();
  }
}

/** The search section of the bench: call with the real site served at `origin`. */
export async function measureSearch(origin: string, firstResultPage: string, query: string): Promise<SearchFigures> {
  const scale: SearchIndexFigures[] = [];
  for (const count of [100, 1000]) {
    console.log(`search index of ${count} generated articles…`);
    scale.push(await indexAtScale(count, query));
  }
  return { scale, firstResult: await measureFirstResult(origin, firstResultPage, query) };
}

export function searchSection(figures: SearchFigures): string[] {
  const first = figures.firstResult;
  const at1000 = figures.scale.find((f) => f.articles === 1000);
  const f1 = (value: number) => value.toFixed(1);
  const f2 = (value: number) => value.toFixed(2);
  return [
    '## Search',
    '',
    'Index of generated articles, built with lib/search in node (KB, gzip and raw): `/search/index.json` (the articles and',
    'the index without its terms) and the terms in one shard per first letter, of which a query fetches those of its words.',
    'Query time: the engine the browser runs, median of 25 runs per query over ' +
      `${BENCH_QUERIES.length} Persian queries (topics, spellings with Arabic letters, typos, prefixes as typed).`,
    '',
    '| articles | whole index gzip KB | raw KB | gzip KB per 100 articles | raw KB per 100 | head gzip KB | a query needs, gzip KB: median (largest) | passage gzip KB | load whole index ms | query median ms | query p95 ms |',
    '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...figures.scale.map(
      (f) =>
        `| ${f.articles} | ${f1(f.indexGzipKb)} | ${f1(f.indexRawKb)} | ${f1((f.indexGzipKb / f.articles) * 100)} | ${f1((f.indexRawKb / f.articles) * 100)} | ${f1(f.headGzipKb)} | ${f1(f.queryIndexGzipKb.median)} (${f1(f.queryIndexGzipKb.max)}) | ${f2(f.passageGzipKb)} | ${f1(f.loadMs)} | ${f2(f.queryMedianMs)} | ${f2(f.queryP95Ms)} |`,
    ),
    '',
    `From typing «${first.query}» in the header box of \`${first.page}\` to the first results with their passages, on this site ` +
      `(browser, bytes over the wire): ${first.requests} requests, ${f1(kb(first.bytes.total))} KB — search code ${f1(kb(first.bytes.script))} KB, ` +
      `index ${f1(kb(first.bytes.index))} KB, passage ${f1(kb(first.bytes.passages))} KB, other ${f1(kb(first.bytes.other))} KB.` +
      (at1000?.firstQueryIndexGzipKb !== undefined
        ? ` With the index of 1,000 articles in its place (its head and the shards of «${first.query}»): about ${f1(kb(first.bytes.script + first.bytes.passages + first.bytes.other) + at1000.firstQueryIndexGzipKb)} KB.`
        : ''),
    '',
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { index: { type: 'boolean', default: false } } });
  if (values.index) console.log(JSON.stringify(await measureIndex()));
}
