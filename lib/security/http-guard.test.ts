import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installHttpGuard, pathnameOf } from './http-guard';

/** One raw request (no client-side URL normalising), answered with status and headers. */
function rawRequest(port: number, method: string, target: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path: target }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('installHttpGuard', () => {
  let server: http.Server;
  let port: number;
  let reachedApp = 0;

  beforeAll(async () => {
    installHttpGuard([{ key: 'X-Content-Type-Options', value: 'nosniff' }]);
    installHttpGuard(); // a second install changes nothing
    server = http.createServer((_request, response) => {
      reachedApp++;
      response.end('page');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes well-formed GET and HEAD requests to the application', async () => {
    const before = reachedApp;
    expect((await rawRequest(port, 'GET', '/posts/%D8%AC/?q=%ZZ')).body).toBe('page');
    expect((await rawRequest(port, 'HEAD', '/')).status).toBe(200);
    expect(reachedApp).toBe(before + 2);
  });

  it('answers 400 to undecodable paths without reaching the application', async () => {
    const before = reachedApp;
    for (const target of ['/tags/%ZZ/', '/posts/%E0%A4%A/']) {
      const response = await rawRequest(port, 'GET', target);
      expect(response.status).toBe(400);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('no-store');
    }
    expect(reachedApp).toBe(before);
  });

  it('answers 405 with Allow to other methods, TRACE included', async () => {
    for (const method of ['TRACE', 'POST', 'DELETE', 'OPTIONS']) {
      const response = await rawRequest(port, method, '/');
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  });
});

describe('pathnameOf', () => {
  it('drops the query and fragment, keeping the encoding', () => {
    expect(pathnameOf('/tags/%D8%AC/?page=2')).toBe('/tags/%D8%AC/');
    expect(pathnameOf('/a#b')).toBe('/a');
    expect(pathnameOf('/')).toBe('/');
  });
});
