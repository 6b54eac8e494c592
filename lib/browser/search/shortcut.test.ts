import { describe, expect, it } from 'vitest';
import { isSearchShortcut, type KeyPress } from './shortcut';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});

describe('isSearchShortcut', () => {
  it('takes / and Ctrl+K or ⌘K', () => {
    expect(isSearchShortcut(press({ key: '/', code: 'Slash' }))).toBe(true);
    expect(isSearchShortcut(press({ key: 'k', code: 'KeyK', ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(press({ key: 'K', code: 'KeyK', metaKey: true, shiftKey: true }))).toBe(true);
  });

  it('knows the keys by place on a Persian layout, where they type «پ» and «ن»', () => {
    expect(isSearchShortcut(press({ key: 'پ', code: 'Slash' }))).toBe(true);
    expect(isSearchShortcut(press({ key: 'ن', code: 'KeyK', ctrlKey: true }))).toBe(true);
  });

  it('leaves other keys and combinations alone', () => {
    expect(isSearchShortcut(press({ key: 'ن', code: 'KeyK' }))).toBe(false);
    expect(isSearchShortcut(press({ key: '?', code: 'Slash', shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(press({ key: '/', code: 'Slash', ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press({ key: 'k', code: 'KeyK', ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(press({ key: 'j', code: 'KeyJ', ctrlKey: true }))).toBe(false);
  });
});
