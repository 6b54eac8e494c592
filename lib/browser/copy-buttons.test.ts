import { describe, expect, it } from 'vitest';
import { copiedCode } from './copy-buttons';

describe('copiedCode', () => {
  it('drops only the one trailing newline a code block displays', () => {
    expect(copiedCode('a\n  b\n')).toBe('a\n  b');
    expect(copiedCode('a\n\n')).toBe('a\n');
    expect(copiedCode('  x')).toBe('  x');
  });
});
