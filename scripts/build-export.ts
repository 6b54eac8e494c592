/**
 * `npm run build:export [-- --lean]`: the static export for plain static hosts, in out/
 * (or `EXPORT_DIR`). Built atomically (lib/build/atomic-output.ts): everything below happens in a
 * temporary sibling folder, which takes out/'s place only once every step has succeeded, so a
 * failed or killed build never leaves a half-written export a deploy could pick up.
 *  1. `next build` with STATIC_EXPORT=1;
 *  2. a redirect page at each old address (scripts/redirects.ts);
 *  3. the resized WebP images the pages offer in `srcset` (scripts/export-images.ts);
 *  4. with --lean, the lean export (scripts/lean-export.ts): pages without the Next/React
 *     runtime and RSC payload;
 *  5. the security and cache headers for static hosts (scripts/static-headers.ts), strict
 *     (no 'unsafe-inline' scripts) for the lean export.
 */
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildAtomically } from '@/lib/build/atomic-output';

const lean = process.argv.slice(2).includes('--lean');
const target = process.env.EXPORT_DIR || 'out';
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(command, args, { stdio: 'inherit', env });

try {
  await buildAtomically(target, (temporary) => {
    // Relative, as Next.js expects of distDir.
    const distDir = path.relative(process.cwd(), temporary);
    run('npx', ['next', 'build'], { ...process.env, STATIC_EXPORT: '1', NEXT_DIST_DIR: distDir });
    run('npx', ['tsx', 'scripts/redirects.ts', '--write-export', distDir]);
    run('npx', ['tsx', 'scripts/export-images.ts', distDir]);
    if (lean) {
      const full = `${distDir}.full`;
      renameSync(distDir, full);
      try {
        run('npx', ['tsx', 'scripts/lean-export.ts', full, distDir]);
      } finally {
        rmSync(full, { recursive: true, force: true });
      }
    }
    run('npx', ['tsx', 'scripts/static-headers.ts', '--write-export', distDir, ...(lean ? ['--lean'] : [])]);
  });
  console.log(`✓ ${target}/ replaced by the finished ${lean ? 'lean ' : ''}export`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}; ${target}/ left as it was`);
  process.exit(1);
}
