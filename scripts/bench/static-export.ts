/**
 * A static export folder (`npm run build:export` → out/, or the lean export) served by `serve`
 * as a plain static host would, so the page-weight and Lighthouse sections can measure it:
 *
 *   npm run bench -- --static-export out
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { waitFor } from './scale';

/** Serves `dir` on 127.0.0.1:`port` (gzip on, as `serve` does by default); returns a stop function. */
export async function serveStaticFolder(dir: string, port: number): Promise<() => void> {
  if (!existsSync(dir)) throw new Error(`no static export at ${dir}: run \`npm run build:export\` first`);
  const server = spawn('npx', ['serve', dir, '--no-clipboard', '--no-port-switching', '-l', `tcp://127.0.0.1:${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  try {
    await waitFor(`http://127.0.0.1:${port}`);
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}
