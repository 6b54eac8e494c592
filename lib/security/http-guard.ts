import http from 'node:http';
import { rejectRequest } from './request-guard';
import type { Header } from './headers';

const INSTALLED = Symbol.for('persian-articles.http-guard');

type Emit = http.Server['emit'];

/**
 * Answers the requests `rejectRequest` refuses before Next.js sees them, on every HTTP server
 * of this process (`next start` creates one). It has to sit in front of Next: a `proxy.ts`
 * cannot help, since for `TRACE` Next's own proxy adapter throws while building the request
 * (WHATWG fetch forbids the method) and answers 500 before the proxy runs.
 * Installed from instrumentation.ts; idempotent.
 */
export function installHttpGuard(headers: readonly Header[] = []): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit: Emit = prototype.emit;
  prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const rejection = rejectRequest(request.method ?? '', pathnameOf(request.url ?? '/'));
      if (rejection) {
        for (const { key, value } of headers) response.setHeader(key, value);
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        if (rejection.status === 405) response.setHeader('Allow', 'GET, HEAD');
        response.statusCode = rejection.status;
        response.end(`${rejection.reason}\n`);
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<Emit>);
  } as Emit;
}

/** The path of a request target as sent (`/a/b?c` → `/a/b`), still percent-encoded. */
export function pathnameOf(target: string): string {
  const end = target.search(/[?#]/);
  return end < 0 ? target : target.slice(0, end);
}
