import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readCommandLine } from './command-line';

const usage = 'usage: npm run x -- [--count N] [--mdx] <title>';
const options = { count: { type: 'string', default: '100' }, mdx: { type: 'boolean' } } as const;

describe("the project's commands read their options strictly", () => {
  it('reads options in both spellings, with positionals around them', () => {
    expect(readCommandLine(['عنوان', '--count', '5', 'تازه'], usage, options)).toEqual({
      ok: true,
      values: { count: '5' },
      positionals: ['عنوان', 'تازه'],
    });
    expect(readCommandLine(['--count=7', '--mdx'], usage, options)).toEqual({
      ok: true,
      values: { count: '7', mdx: true },
      positionals: [],
    });
    expect(readCommandLine([], usage, options)).toEqual({ ok: true, values: { count: '100' }, positionals: [] });
  });

  it('answers --help with the usage, and refuses an unknown or incomplete option by name', () => {
    expect(readCommandLine(['--help'], usage, options)).toEqual({ ok: false, exitCode: 0, text: usage });
    expect(readCommandLine(['-h'], usage, options)).toEqual({ ok: false, exitCode: 0, text: usage });
    expect(readCommandLine(['--cuont', '5'], usage, options)).toEqual({
      ok: false,
      exitCode: 2,
      text: `✗ Unknown option '--cuont'\n${usage}`,
    });
    expect(readCommandLine(['--count'], usage, options)).toEqual({
      ok: false,
      exitCode: 2,
      text: `✗ Option '--count <value>' argument missing\n${usage}`,
    });
  });

  it('stops the benchmark at a mistyped flag before it builds anything, and the generator at --help', () => {
    const run = (script: string, ...args: string[]) => spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });
    const bench = run('scripts/bench.ts', '--no-scael');
    expect(bench.status).toBe(2);
    expect(bench.stderr).toContain("✗ Unknown option '--no-scael'");
    expect(bench.stdout).toBe('');
    const generator = run('scripts/generate-articles.ts', '--help');
    expect(generator.status).toBe(0);
    expect(generator.stdout).toMatch(/^usage: npm run generate:articles -- \[--count 100\]/);
    expect(generator.stderr).toBe('');
  }, 120_000);
});
