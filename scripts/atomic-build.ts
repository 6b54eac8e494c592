/**
 * `tsx scripts/atomic-build.ts <output folder> -- <command>`: runs the build command (in a
 * shell) with `NEXT_DIST_DIR` set to a temporary sibling of the output folder, and puts the
 * result in place only when the command succeeds (lib/build/atomic-output.ts). A failed or
 * killed build leaves the previous output untouched, so a deploy never picks up half of one.
 * `npm run build:export` goes through it (`EXPORT_DIR` builds elsewhere than out/):
 *   tsx scripts/atomic-build.ts out -- 'STATIC_EXPORT=1 next build && tsx scripts/redirects.ts --write-export "$NEXT_DIST_DIR"'
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildAtomically } from '@/lib/build/atomic-output';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
const target = args[0];
const command = args.slice(separator + 1).join(' ');
if (!target || separator !== 1 || !command) {
  console.error('usage: tsx scripts/atomic-build.ts <output folder> -- <build command>');
  process.exit(2);
}

function run(temporary: string): Promise<void> {
  // Relative, as Next.js expects of distDir.
  const distDir = path.relative(process.cwd(), temporary);
  // Same process group: a Ctrl-C or a CI timeout that stops this script stops the build too.
  const child = spawn(command, { shell: true, stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: distDir } });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`build ${signal ? `killed by ${signal}` : `exited with ${code}`}`)),
    );
  });
}

try {
  await buildAtomically(target, run);
  console.log(`✓ ${target} replaced by the finished build`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}; ${target} left as it was`);
  process.exit(1);
}
