import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';

/** What the importer needs from a Hugo site's configuration. */
export interface HugoConfig {
  /** The file it was read from, relative to the site; undefined when the site has none. */
  file?: string;
  defaultLanguage: string;
  /** Whether the site has more than one language (then non-default languages live under `/<lang>/`). */
  multilingual: boolean;
  /** `defaultContentLanguageInSubdir`: the default language under `/<lang>/` too. */
  defaultLanguageInSubdir: boolean;
  /** Section → permalink pattern, e.g. `posts` → `/:year/:month/:slug/`. */
  permalinks: Record<string, string>;
}

const CANDIDATES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'config/_default/hugo.toml', 'config/_default/config.toml', 'config/_default/hugo.yaml', 'config/_default/config.yaml'];

export function readHugoConfig(siteDir: string): HugoConfig {
  const file = CANDIDATES.find((candidate) => existsSync(path.join(siteDir, candidate)));
  const data = file ? parseConfig(readFileSync(path.join(siteDir, file), 'utf8'), file) : {};
  const lower = lowerKeys(data);
  const languages = lowerKeys(lower.languages);
  const permalinks = lowerKeys(lower.permalinks);
  // Hugo ≥ 0.120 also accepts `[permalinks.page] posts = …`.
  const pagePermalinks = lowerKeys(permalinks.page);
  const patterns: Record<string, string> = {};
  for (const [section, pattern] of Object.entries({ ...permalinks, ...pagePermalinks })) {
    if (typeof pattern === 'string') patterns[section] = pattern;
  }
  return {
    file,
    defaultLanguage: String(lower.defaultcontentlanguage ?? lower.languagecode ?? 'en').toLowerCase().split('-')[0]!,
    multilingual: Object.keys(languages).length > 1,
    defaultLanguageInSubdir: lower.defaultcontentlanguageinsubdir === true,
    permalinks: patterns,
  };
}

function parseConfig(text: string, file: string): Record<string, unknown> {
  if (file.endsWith('.toml')) return parseToml(text) as Record<string, unknown>;
  if (file.endsWith('.json')) return JSON.parse(text) as Record<string, unknown>;
  return (yaml.load(text) ?? {}) as Record<string, unknown>;
}

function lowerKeys(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]));
}
