import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // Only unit tests beside the code; Playwright specs in e2e/ have their own runner.
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // Vitest leaves a core free by default, which on a 2-core machine runs the files one at a
    // time: both cores took the unit tests from 109 s to 72 s here.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
