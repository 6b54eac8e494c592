/**
 * The JavaScript floor of Next.js itself: a blank App Router page (one layout, one page, no
 * client component) written to bench/tmp/blank-next/, built with this repository's `next`
 * (node_modules is found by walking up) and served with `next start`. The site's JavaScript
 * per page type is then reported as this floor plus N KB.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { measureProcessTree } from './process-tree';
import { waitFor } from './scale';
import { PHONE } from './page-weight';

export const BLANK_APP_DIR = 'bench/tmp/blank-next';

const FILES: Record<string, string> = {
  'app/layout.jsx': `export const metadata = { title: 'blank' };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.jsx': `export default function Page() {
  return <p>blank</p>;
}
`,
  'next.config.mjs': 'export default {};\n',
};

/** Writes the blank app afresh (no stale build) and builds it. */
export async function buildBlankNext(): Promise<string> {
  const dir = path.resolve(BLANK_APP_DIR);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const build = await measureProcessTree('npx', ['next', 'build', dir], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  if (build.exitCode !== 0) throw new Error(`blank Next.js build failed:\n${build.output.slice(-3000)}`);
  return dir;
}

/** Bytes of JavaScript (over the wire, gzip as `next start` serves) a phone receives for the blank page. */
export async function blankNextScriptBytes(browser: Browser, port: number): Promise<number> {
  const dir = await buildBlankNext();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['next', 'start', dir, '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore', detached: true });
  try {
    await waitFor(origin);
    const context = await browser.newContext({ ...PHONE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const scripts = new Set<string>();
    let bytes = 0;
    cdp.on('Network.responseReceived', (event) => event.type === 'Script' && scripts.add(event.requestId));
    cdp.on('Network.loadingFinished', (event) => {
      if (scripts.has(event.requestId)) bytes += event.encodedDataLength;
    });
    await page.goto(origin + '/', { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await context.close();
    return bytes;
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
