import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRoot, removeRoots } from '@/lib/content/test-fixtures';

afterAll(removeRoots);

describe('the CPU profile of a build process', () => {
  it('is saved when the process is stopped by SIGINT, as Next stops its prerendering worker', async () => {
    const root = makeRoot({
      'worker.ts': [
        `import { profileThisProcess } from ${JSON.stringify(path.resolve('lib/bench/cpu-profile.ts'))};`,
        'profileThisProcess();',
        'setInterval(() => {}, 1000);',
        "console.log('ready');",
      ].join('\n'),
    });
    const profileDir = path.join(root, 'profiles');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'worker.ts')], {
      env: { ...process.env, BUILD_CPU_PROFILE_DIR: profileDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const files = readdirSync(profileDir);
    expect(files).toHaveLength(1);
    const profile = JSON.parse(readFileSync(path.join(profileDir, files[0]!), 'utf8')) as { nodes: unknown[] };
    expect(profile.nodes.length).toBeGreaterThan(0);
  });
});
