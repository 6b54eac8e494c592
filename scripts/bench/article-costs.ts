/**
 * What our own code costs a cold build per article, measured alone: reading every article
 * (the loader), compiling and rendering each body (Markdown/MDX, Shiki, KaTeX, React to HTML,
 * the search text beside it) and drawing each social card, one after another in one process
 * with no cache, in CPU time (sharp's threads included). A build's CPU profile cannot tell this
 * apart: the compiler's plugins run in promise continuations outside `compile`'s stack, and
 * cards are drawn in sharp's threads, which the profile does not sample.
 *
 * Run by the benchmark as a child process (`--import tsx`), with CONTENT_DIR set, so that the
 * content library reads the generated articles: it prints one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export interface ArticleCosts {
  articles: number;
  /** Milliseconds of CPU per article. */
  loadMs: number;
  bodyMs: number;
  cardMs: number;
  /** Bodies compiled and cards drawn by the run: one each per article, none from a cache. */
  compiled: number;
  cardsDrawn: number;
}

/** Measures the articles of `contentDir` in a child process (its own heap, no cache). */
export function measureArticleCosts(contentDir: string): ArticleCosts {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/article-costs.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'production', ARTICLE_CACHE: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').at(-1)!) as ArticleCosts;
}

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function measure(): Promise<ArticleCosts> {
  // Imported here, not at the top: CONTENT_DIR must be set before the content library loads,
  // and the parent process only needs the function above.
  const { getPublishedPosts } = await import('@/lib/content/posts');
  const { compileCounters } = await import('@/lib/content/compile-cache');
  const { renderArticleBody } = await import('@/components/mdx/article-body');
  const { cachedCard, cardCounters } = await import('@/lib/og/card-cache');
  const { postCard, vazirmatnFonts } = await import('@/lib/og/cards');
  const { renderCard } = await import('@/lib/og/render-card');
  const { site } = await import('@/lib/site');

  let started = cpuMilliseconds();
  const posts = getPublishedPosts();
  const load = cpuMilliseconds() - started;

  started = cpuMilliseconds();
  for (const post of posts) await renderArticleBody(post);
  const body = cpuMilliseconds() - started;

  const fonts = vazirmatnFonts();
  started = cpuMilliseconds();
  // As the build's card route draws them, without its cache.
  for (const post of posts) await cachedCard(postCard(post, site.name, fonts), renderCard, undefined);
  const card = cpuMilliseconds() - started;

  const count = Math.max(posts.length, 1);
  return {
    articles: posts.length,
    loadMs: load / count,
    bodyMs: body / count,
    cardMs: card / count,
    compiled: compileCounters.compiled,
    cardsDrawn: cardCounters.drawn,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await measure()));
}
