/**
 * Lighthouse 12 (mobile preset: Moto G Power emulation, simulated slow 4G) for one page of a
 * running site; `origin` is any base URL, so the same audit runs against `next start` or a
 * static export served by `serve` (scripts/bench/static-export.ts).
 */
import { execFileSync } from 'node:child_process';

export interface LighthouseFigures {
  path: string;
  /** 0–100 per category. */
  scores: Record<string, number>;
  /** Display values of the metrics behind the performance score. */
  metrics: Record<string, string>;
  /** Failing performance audits with what Lighthouse says they cost, worst first. */
  opportunities: string[];
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

interface Report {
  categories: Record<string, { score: number; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; displayValue?: string; title: string }>;
}

export function lighthouse(origin: string, path: string): LighthouseFigures {
  const chrome = process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium';
  const output = execFileSync(
    'npx',
    [
      'lighthouse',
      origin + encodeURI(path),
      '--quiet',
      '--output=json',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  ).toString();
  const report = JSON.parse(output) as Report;
  const performanceAudits = new Set(report.categories.performance?.auditRefs.map((ref) => ref.id) ?? []);
  const opportunities = Object.entries(report.audits)
    .filter(([id, audit]) => performanceAudits.has(id) && audit.scoreDisplayMode !== 'informative' && audit.score !== null && audit.score < 0.9)
    .filter(([id]) => !METRICS.includes(id))
    .sort(([, a], [, b]) => (a.score ?? 0) - (b.score ?? 0))
    .map(([id, audit]) => `${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  return {
    path,
    scores: Object.fromEntries(Object.entries(report.categories).map(([name, category]) => [name, Math.round(category.score * 100)])),
    metrics: Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.displayValue ?? '?'])),
    opportunities,
  };
}

export function lighthouseSection(title: string, audited: readonly LighthouseFigures[]): string[] {
  return [
    `${title} (mobile, simulated slow 4G; scores vary a few points between runs):`,
    '',
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | SI | below 0.9 |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...audited.map(
      (a) =>
        `| ${a.path} | ${a.scores.performance} | ${a.scores.accessibility} | ${a.scores['best-practices']} | ${a.scores.seo} | ${a.metrics['first-contentful-paint']} | ${a.metrics['largest-contentful-paint']} | ${a.metrics['total-blocking-time']} | ${a.metrics['cumulative-layout-shift']} | ${a.metrics['speed-index']} | ${a.opportunities.join(', ') || '—'} |`,
    ),
    '',
  ];
}
