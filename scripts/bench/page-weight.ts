/**
 * Page weight on a first visit, as a reader on a phone receives it: bytes over the wire (gzip as
 * served) per kind of resource and the number of requests, for a few typical pages; the first
 * view of an article without JavaScript or images (what a reader on a slow network waits for
 * before the text can be read); what the page downloads in the 10 s after `load` with nobody
 * touching it; and every request that left the site's host (there must be none).
 */
import type { Browser, BrowserContext } from '@playwright/test';

export const RESOURCE_KINDS = ['document', 'stylesheet', 'font', 'script', 'image', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type KindBytes = Record<ResourceKind, number>;

export interface PageToWeigh {
  /** What the page stands for in the table: `home`, `list`, `article (math)`, … */
  label: string;
  path: string;
}

export interface PageWeightFigures extends PageToWeigh {
  /** Everything received up to the `load` event, with JavaScript and images on. */
  atLoad: { bytes: KindBytes; requests: number; fontFiles: number };
  /** Received in the 10 s after `load` without any reader action. */
  afterLoad: { bytes: number; requests: number; urls: string[] };
  /** HTML + CSS + fonts with JavaScript off and images blocked: the first readable view. */
  firstView: { bytes: KindBytes; requests: number; fontFiles: string[] };
  /** Requests to any other host than the page's own (anything here is a bug). */
  foreignRequests: string[];
}

/** A phone: the viewport and density of a common mid-range Android handset. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } as const;

export const QUIET_SECONDS_AFTER_LOAD = 10;

const emptyBytes = (): KindBytes => ({ document: 0, stylesheet: 0, font: 0, script: 0, image: 0, other: 0 });

export function kindOf(cdpType: string | undefined): ResourceKind {
  const type = (cdpType ?? 'Other').toLowerCase();
  return (RESOURCE_KINDS as readonly string[]).includes(type) ? (type as ResourceKind) : 'other';
}

export const sumBytes = (bytes: KindBytes, kinds: readonly ResourceKind[] = RESOURCE_KINDS) => kinds.reduce((sum, kind) => sum + bytes[kind], 0);

/** Counts what one context receives: response bodies as sent (compressed), without HTTP headers. */
async function recordTraffic(context: BrowserContext, origin: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const host = new URL(origin).host;
  const kinds = new Map<string, ResourceKind>();
  const urls = new Map<string, string>();
  const received: Array<{ kind: ResourceKind; bytes: number; url: string }> = [];
  const foreign: string[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    urls.set(event.requestId, event.request.url);
    const url = new URL(event.request.url);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== host) foreign.push(event.request.url);
  });
  const headerBytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) => {
    kinds.set(event.requestId, kindOf(event.type));
    // What had arrived when the response started: its status line and headers.
    headerBytes.set(event.requestId, event.response.encodedDataLength);
  });
  cdp.on('Network.loadingFinished', (event) => {
    received.push({
      kind: kinds.get(event.requestId) ?? 'other',
      bytes: event.encodedDataLength - (headerBytes.get(event.requestId) ?? 0),
      url: urls.get(event.requestId) ?? '',
    });
  });
  const total = (from = 0) => {
    const bytes = emptyBytes();
    for (const item of received.slice(from)) bytes[item.kind] += item.bytes;
    return { bytes, requests: received.length - from };
  };
  return { page, received, foreign, total };
}

export async function weighPage(browser: Browser, origin: string, target: PageToWeigh): Promise<PageWeightFigures> {
  const url = origin + encodeURI(target.path);

  // A fresh context per measurement: an empty cache, like a first visit.
  const full = await browser.newContext({ ...PHONE });
  const traffic = await recordTraffic(full, origin);
  await traffic.page.goto(url, { waitUntil: 'load' });
  const atLoad = { ...traffic.total(), fontFiles: traffic.received.filter((item) => item.kind === 'font').length };
  const loadedCount = traffic.received.length;
  await traffic.page.waitForTimeout(QUIET_SECONDS_AFTER_LOAD * 1000);
  const after = traffic.total(loadedCount);
  const afterLoad = {
    bytes: sumBytes(after.bytes),
    requests: after.requests,
    urls: traffic.received.slice(loadedCount).map((item) => item.url),
  };
  await full.close();

  const bare = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  await bare.route('**/*', (route) => (route.request().resourceType() === 'image' ? route.abort() : route.continue()));
  const bareTraffic = await recordTraffic(bare, origin);
  await bareTraffic.page.goto(url, { waitUntil: 'load' });
  const firstViewTotal = bareTraffic.total();
  const fontFiles = bareTraffic.received.filter((item) => item.kind === 'font').map((item) => new URL(item.url).pathname);
  await bare.close();

  return {
    ...target,
    atLoad,
    afterLoad,
    firstView: { ...firstViewTotal, fontFiles },
    foreignRequests: [...new Set([...traffic.foreign, ...bareTraffic.foreign])],
  };
}

export async function weighPages(browser: Browser, origin: string, targets: readonly PageToWeigh[]): Promise<PageWeightFigures[]> {
  const results: PageWeightFigures[] = [];
  for (const target of targets) results.push(await weighPage(browser, origin, target));
  return results;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * The section of bench/RESULTS.md. `jsFloorBytes` is a blank Next.js page's JavaScript from the
 * same run (scripts/bench/blank-next.ts); each page's JavaScript is then shown as floor + N KB.
 */
export function pageWeightSection(title: string, pages: readonly PageWeightFigures[], jsFloorBytes?: number): string[] {
  const floor = (bytes: number) => (jsFloorBytes === undefined ? '' : ` | ${bytes - jsFloorBytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes - jsFloorBytes))}`);
  const foreign = pages.flatMap((page) => page.foreignRequests.map((url) => `${page.path}: ${url}`));
  return [
    `## ${title}`,
    '',
    'First visit with an empty cache on a phone (390×844, DPR 3). KB of response bodies as sent (gzip as',
    `served; HTTP headers not counted) received up to \`load\`; "first view" is HTML + CSS + fonts with JavaScript off and images blocked;`,
    `"after load" is what arrives in the ${QUIET_SECONDS_AFTER_LOAD} s after \`load\` with no reader action.` +
      (jsFloorBytes === undefined ? '' : ` JS floor: a blank Next.js App Router page, ${kb(jsFloorBytes)} KB.`),
    '',
    `| page | path | requests | HTML | CSS | fonts (files) | JS${jsFloorBytes === undefined ? '' : ' | JS − floor'} | images | other | total | first view | after load |`,
    `| --- | --- | --: | --: | --: | --: | --:${jsFloorBytes === undefined ? '' : ' | --:'} | --: | --: | --: | --: | --: |`,
    ...pages.map((page) => {
      const b = page.atLoad.bytes;
      const firstView = sumBytes(page.firstView.bytes, ['document', 'stylesheet', 'font']);
      return `| ${page.label} | ${page.path} | ${page.atLoad.requests} | ${kb(b.document)} | ${kb(b.stylesheet)} | ${kb(b.font)} (${page.atLoad.fontFiles}) | ${kb(b.script)}${floor(b.script)} | ${kb(b.image)} | ${kb(b.other)} | ${kb(sumBytes(b))} | ${kb(firstView)} | ${kb(page.afterLoad.bytes)} (${page.afterLoad.requests} req.) |`;
    }),
    '',
    foreign.length === 0 ? 'Requests to another host: none.' : `Requests to another host (${foreign.length}):\n\n${foreign.map((line) => `- ${line}`).join('\n')}`,
    '',
  ];
}

/** The repository's own articles standing for each kind (skipped when CONTENT_DIR lacks them). */
const ARTICLE_KINDS: ReadonlyArray<{ label: string; slug: string }> = [
  { label: 'article: seed', slug: 'large-language-models-training' },
  { label: 'article: math', slug: 'جست-وجوی-دودویی' },
  { label: 'article: code-heavy', slug: 'http-caching' },
];

/**
 * Home, a list page and the three kinds of article. The list page is `/page/2/`; while the
 * site fits on one page, the tag page with the most articles stands in for it.
 */
export function pagesToWeigh(posts: ReadonlyArray<{ slug: string; tags: readonly string[] }>, postsPerPage: number, tagPath: (tag: string) => string): PageToWeigh[] {
  const tagCounts = new Map<string, number>();
  for (const tag of posts.flatMap((post) => post.tags)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  const biggestTag = [...tagCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const list: PageToWeigh[] =
    posts.length > postsPerPage ? [{ label: 'list', path: '/page/2/' }] : biggestTag ? [{ label: 'list (a tag)', path: tagPath(biggestTag) }] : [];
  const slugs = new Set(posts.map((post) => post.slug));
  return [
    { label: 'home', path: '/' },
    ...list,
    ...ARTICLE_KINDS.filter((kind) => slugs.has(kind.slug)).map((kind) => ({ label: kind.label, path: `/posts/${kind.slug}/` })),
  ];
}

/** The seed article's first view (HTML + CSS + fonts without JS and images), the figure the budget names. */
export function seedFirstViewLine(pages: readonly PageWeightFigures[]): string {
  const seed = pages.find((page) => page.label === 'article: seed');
  if (!seed) return '';
  const b = seed.firstView.bytes;
  return `Seed article, first view without JavaScript and images: HTML ${kb(b.document)} + CSS ${kb(b.stylesheet)} + fonts ${kb(b.font)} (${seed.firstView.fontFiles.length} files) = **${kb(b.document + b.stylesheet + b.font)} KB** (budget 60 KB); after load without any action: ${kb(seed.afterLoad.bytes)} KB (budget 30 KB).`;
}
