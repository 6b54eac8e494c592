import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cspScriptHash } from './csp-hash';
import { THEME_ATTRIBUTE, THEME_INIT_SCRIPT, THEME_STORAGE_KEY } from './theme';

/** Runs the inline script against a minimal fake document, storage and system scheme. */
function runScript({
  stored,
  systemDark,
  storageThrows = false,
}: {
  stored?: string | null;
  systemDark: boolean;
  storageThrows?: boolean;
}) {
  const attributes = new Map<string, string>();
  const listeners: (() => void)[] = [];
  const media = { matches: systemDark, addEventListener: (_type: string, listener: () => void) => listeners.push(listener) };
  const storage = new Map<string, string>(stored == null ? [] : [[THEME_STORAGE_KEY, stored]]);
  runInNewContext(THEME_INIT_SCRIPT, {
    document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } },
    matchMedia: (query: string) => {
      expect(query).toBe('(prefers-color-scheme: dark)');
      return media;
    },
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return storage.get(key) ?? null;
      },
    },
  });
  return {
    theme: () => attributes.get(THEME_ATTRIBUTE),
    systemChanges: (dark: boolean) => {
      media.matches = dark;
      for (const listener of listeners) listener();
    },
  };
}

describe('theme init script', () => {
  it('follows the system when the reader has chosen nothing, and keeps following it', () => {
    const page = runScript({ systemDark: true });
    expect(page.theme()).toBe('dark');
    page.systemChanges(false);
    expect(page.theme()).toBe('light');
  });

  it('applies the remembered choice over the system', () => {
    expect(runScript({ stored: 'light', systemDark: true }).theme()).toBe('light');
    expect(runScript({ stored: 'dark', systemDark: false }).theme()).toBe('dark');
  });

  it('ignores a stored value that is not a theme, and storage that refuses access', () => {
    expect(runScript({ stored: 'purple', systemDark: false }).theme()).toBe('light');
    expect(runScript({ systemDark: true, storageThrows: true }).theme()).toBe('dark');
  });
});

describe('cspScriptHash', () => {
  it('is the base64 SHA-256 of the exact text, as CSP expects', () => {
    const expected = createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64');
    expect(cspScriptHash(THEME_INIT_SCRIPT)).toBe(`'sha256-${expected}'`);
    // A known vector: CSP's own example (`alert('Hello, world.');`).
    expect(cspScriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});
