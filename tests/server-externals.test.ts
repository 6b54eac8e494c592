import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nextConfig from '../next.config';

const root = path.resolve(import.meta.dirname, '..');

/** Source files the server bundles: every route under app/ and whatever they import of ours. */
function serverSourceFiles(): string[] {
  const pending = readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(root, 'app', file));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      const local = specifier.startsWith('@/')
        ? path.join(root, specifier.slice(2))
        : specifier.startsWith('.')
          ? path.resolve(path.dirname(file), specifier)
          : undefined;
      if (!local) continue;
      const resolved = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((end) => local + end)
        .find((candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate));
      if (resolved) pending.push(resolved);
    }
  }
  return [...seen];
}

/** What a file imports at run time: `import type` and `export type` leave nothing in the bundle. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Packages Next.js itself leaves to Node (its own list, which holds sharp, shiki, next-mdx-remote…). */
function nextDefaultExternals(): string[] {
  const list = createRequire(path.join(root, 'package.json')).resolve('next/dist/lib/server-external-packages.jsonc');
  return JSON.parse(
    readFileSync(list, 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/,(\s*\])/, '$1'),
  ) as string[];
}

describe('serverExternalPackages', () => {
  it('lists every package the server code imports, except the framework itself', () => {
    // React and Next.js are bundled by design: the server components' React is their own build.
    const bundled = new Set(['next', 'react', 'react-dom']);
    const external = new Set([...(nextConfig.serverExternalPackages ?? []), ...nextDefaultExternals()]);
    const imported = new Set(
      serverSourceFiles()
        .flatMap(runtimeImports)
        .filter(
          (specifier) =>
            !specifier.startsWith('.') &&
            !specifier.startsWith('@/') &&
            !specifier.startsWith('node:') &&
            !builtinModules.includes(specifier),
        )
        .map(packageOf),
    );
    expect(imported.size).toBeGreaterThan(10);
    // Bundled, each would be compiled again by Turbopack for every group of routes (next.config.ts).
    expect([...imported].filter((name) => !bundled.has(name) && !external.has(name)).sort()).toEqual([]);
  });
});
