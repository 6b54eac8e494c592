import http from 'node:http';
import net from 'node:net';
import { expect, test } from './test';
import { SEED } from './helpers';

/**
 * Safe defaults of `next start`: security headers on every response, and a 4xx (never a 500,
 * never a crash) for malformed requests, sent raw so that no client tidies them first.
 * The Content-Security-Policy in a browser: content-security-policy.spec.ts.
 */

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
}

/** A request exactly as written: no client-side URL normalising or method checks. */
function rawRequest(baseURL: string, method: string, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, method, path: target, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

test.describe('malformed requests under next start', () => {
  test('broken percent-encoding in a path is a 400, also in a Persian slug cut inside a letter', async ({ baseURL }) => {
    for (const target of ['/posts/%E0%A4%A/', '/tags/%ZZ/', '/categories/%D8/', '/%ZZ/', '/posts/%E0%A4%A/?q=1']) {
      const response = await rawRequest(baseURL!, 'GET', target);
      expect(response.status, target).toBe(400);
      expect(response.headers['x-content-type-options'], target).toBe('nosniff');
    }
    // A query string is the page's business, not the router's: still the page.
    expect((await rawRequest(baseURL!, 'GET', '/search/?q=%ZZ')).status).toBe(200);
  });

  test('methods other than GET and HEAD are refused with 405, unknown ones with 400', async ({ baseURL }) => {
    expect((await rawRequest(baseURL!, 'HEAD', encodeURI(SEED))).status).toBe(200);
    for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      for (const target of ['/', encodeURI(SEED), '/_next/static/chunks/x.js']) {
        const response = await rawRequest(baseURL!, method, target);
        expect(response.status, `${method} ${target}`).toBe(405);
        expect(response.headers.allow).toBe('GET, HEAD');
      }
    }
    // Not HTTP methods at all: Node's parser refuses them before any code of the site runs.
    for (const method of ['BREW', 'TRACK']) expect((await rawRequest(baseURL!, method, '/')).status, method).toBe(400);
  });

  test('very long addresses and huge headers get a 4xx, and the server stays up', async ({ baseURL, request }) => {
    const longSlug = encodeURIComponent('مقاله'.repeat(300)); // ~9 KB encoded: parsed, no such page
    expect((await rawRequest(baseURL!, 'GET', `/posts/${longSlug}/`)).status).toBe(404);
    expect((await rawRequest(baseURL!, 'GET', `/posts/${'a'.repeat(20_000)}/`)).status).toBe(431);
    expect((await rawRequest(baseURL!, 'GET', '/', { 'X-Padding': 'x'.repeat(20_000) })).status).toBe(431);
    const manyHeaders = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`X-H${i}`, 'y'.repeat(100)]));
    expect((await rawRequest(baseURL!, 'GET', '/', manyHeaders)).status).toBe(431);
    // CONNECT and a request line that is not HTTP: the connection is closed, nothing else.
    await new Promise<void>((resolve) => {
      const { hostname, port } = new URL(baseURL!);
      const socket = net.connect(Number(port), hostname, () =>
        socket.end('CONNECT 127.0.0.1:22 HTTP/1.1\r\n\r\n\x00\x01\x02 garbage\r\n\r\n'),
      );
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      socket.resume();
    });
    expect((await request.get(encodeURI(SEED))).status()).toBe(200);
  });

  test('every response carries the security headers: pages, assets, 404s and refusals', async ({ baseURL, request }) => {
    const home = await request.get('/');
    const html = await home.text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const responses = [home, await request.get(asset!), await request.get('/no-such-page/'), await request.get('/feed.xml')];
    for (const response of responses) {
      const headers = response.headers();
      expect(headers['content-security-policy'], response.url()).toMatch(/default-src 'self'/);
      expect(headers['content-security-policy']).toMatch(/object-src 'none'/);
      expect(headers['content-security-policy']).not.toMatch(/unsafe-eval/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    }
    expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    // Served over http here: no HSTS (it would pin a site that has no https).
    expect(baseURL!.startsWith('http:')).toBe(true);
    expect(home.headers()['strict-transport-security']).toBeUndefined();
  });
});
