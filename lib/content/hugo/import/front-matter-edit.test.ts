import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHugoConfig } from './config';
import { commentOutCover, setAliases, setDraft } from './front-matter-edit';

describe('front matter edits keep the author’s lines', () => {
  it('replaces a YAML aliases list (indented or not) and adds one where there is none', () => {
    const text = '---\ntitle: x\naliases:\n- /a/\n- /b/\ntags: [t]\n---\nمتن\n';
    expect(setAliases(text, ['/a/', '/b/', '/c/'])).toBe('---\ntitle: x\naliases: ["/a/", "/b/", "/c/"]\ntags: [t]\n---\nمتن\n');
    expect(setAliases('---\ntitle: x\n---\n', ['/c/'])).toBe('---\ntitle: x\naliases: ["/c/"]\n---\n');
  });

  it('adds TOML keys before the first table', () => {
    const text = '+++\ntitle = "x"\n\n[cover]\nimage = "a.png"\n+++\n';
    expect(setDraft(setAliases(text, ['/c/']))).toBe('+++\ntitle = "x"\n\naliases = ["/c/"]\ndraft = true\n[cover]\nimage = "a.png"\n+++\n');
    expect(setDraft('+++\ntitle = "x"\ndraft = false\n+++\n')).toBe('+++\ntitle = "x"\ndraft = true\n+++\n');
  });

  it('comments out a cover block', () => {
    expect(commentOutCover('---\ntitle: x\ncover:\n  image: https://x/a.png\n  alt: y\ndate: 2024-01-01\n---\n')).toBe(
      '---\ntitle: x\n# cover:\n#   image: https://x/a.png\n#   alt: y\ndate: 2024-01-01\n---\n',
    );
    expect(commentOutCover('+++\ntitle = "x"\n[cover]\nimage = "a"\n+++\n')).toBe('+++\ntitle = "x"\n# [cover]\n# image = "a"\n+++\n');
  });
});

describe('Hugo site settings', () => {
  it('reads languages and permalinks from hugo.yaml, with Hugo’s case-insensitive keys', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hugo-config-'));
    writeFileSync(path.join(dir, 'hugo.yaml'), 'defaultContentLanguage: fa\nlanguages:\n  fa: {}\n  en: {}\npermalinks:\n  page:\n    posts: /:year/:slug/\n');
    expect(readHugoConfig(dir)).toEqual({ file: 'hugo.yaml', defaultLanguage: 'fa', multilingual: true, defaultLanguageInSubdir: false, permalinks: { posts: '/:year/:slug/' } });
  });
});
