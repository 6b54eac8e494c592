import { describe, expect, it } from 'vitest';
import { toggledTheme } from './theme-toggle';

describe('toggledTheme', () => {
  it('switches dark to light and anything else (light, none yet) to dark', () => {
    expect(toggledTheme('dark')).toBe('light');
    expect(toggledTheme('light')).toBe('dark');
    expect(toggledTheme(null)).toBe('dark');
  });
});
