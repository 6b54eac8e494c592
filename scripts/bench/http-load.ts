/**
 * Loopback load with autocannon over a mix of paths, each with the status it must answer:
 * shared by `scripts/load-test.ts` (the site under 100 connections) and the serving bench
 * (`next start` against a static file server). Bounded by duration and connection count.
 */
import autocannon from 'autocannon';

export interface LoadTarget {
  /** As sent on the wire: Persian slugs percent-encoded, as a browser sends them. */
  path: string;
  /** The status this path must answer with (200 for a page or asset, 404 for a missing one…). */
  status: number;
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  /** Responses whose status was not the one expected for their path. */
  unexpectedStatus: number;
  /** Connection errors and timeouts. */
  errors: number;
  p50Ms: number;
  p99Ms: number;
  /** Expected-vs-got for the first few unexpected answers, to say what went wrong. */
  examples: string[];
}

export async function runLoad(origin: string, targets: readonly LoadTarget[], options: { connections: number; seconds: number }): Promise<LoadFigures> {
  let unexpectedStatus = 0;
  const examples: string[] = [];
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    // Readers' browsers ask for gzip; both servers compress.
    headers: { 'accept-encoding': 'gzip' },
    requests: targets.map((target) => ({
      method: 'GET' as const,
      path: target.path,
      onResponse: (status: number) => {
        if (status === target.status) return;
        unexpectedStatus++;
        if (examples.length < 5) examples.push(`${target.path}: expected ${target.status}, got ${status}`);
      },
    })),
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    unexpectedStatus,
    errors: result.errors + result.timeouts,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    examples,
  };
}
