/**
 * One hostile article through the pipeline in a process of its own, started by the tests with
 * a memory limit and a timeout: `tsx tests/hostile/run-case.ts <project root>`. Prints one JSON
 * line: the errors (or what was built), the time taken and the process's peak memory.
 */
import { runPipeline } from './pipeline';

const started = performance.now();
const result = await runPipeline(process.argv[2]!);
process.stdout.write(
  JSON.stringify({
    errors: result.errors,
    articles: result.articles.map(({ post, bodyHtml, ogCardBytes }) => ({ slug: post.slug, bodyBytes: bodyHtml.length, ogCardBytes })),
    feedBytes: result.feeds.rss.length,
    searchIndexBytes: result.searchIndex.length,
    ms: Math.round(performance.now() - started),
    // resourceUsage().maxRSS is in kilobytes.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
