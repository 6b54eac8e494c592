/**
 * `npm run build:export [-- --lean]`: the static export for plain static hosts, in out/.
 * `next build` with STATIC_EXPORT=1, then a redirect page at each old address
 * (scripts/redirects.ts); with --lean, out/ then becomes the lean export
 * (scripts/lean-export.ts): pages without the Next/React runtime and RSC payload.
 */
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';

const lean = process.argv.slice(2).includes('--lean');
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(command, args, { stdio: 'inherit', env });

run('npx', ['next', 'build'], { ...process.env, STATIC_EXPORT: '1' });
run('npx', ['tsx', 'scripts/redirects.ts', '--write-export', 'out']);
if (lean) {
  // Written beside out/ and then put in its place, so out/ is never half lean.
  run('npx', ['tsx', 'scripts/lean-export.ts', 'out', 'out-lean.tmp']);
  rmSync('out', { recursive: true, force: true });
  renameSync('out-lean.tmp', 'out');
}
