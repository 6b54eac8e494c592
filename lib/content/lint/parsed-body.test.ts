import { describe, expect, it } from 'vitest';
import { prepareHugoSource } from '../hugo/shortcodes/source';
import { fileOffset, fileRange } from './parsed-body';

const texts = { youtube: () => 'YT', vimeo: () => 'VI', gist: (name: string) => `G ${name}`, tweet: 'T', instagram: 'I', detailsSummary: 'D' };

describe('fileRange', () => {
  const front = '---\ntitle: x\n---\n';
  const body = 'الف{{< youtube abc >}}ب ج\n';
  const parsed = prepareHugoSource(body, { format: 'md', refs: {}, custom: {}, texts });
  const article = { file: 'a.md', text: front + body, bodyOffset: front.length, parsed };
  const at = (word: string) => parsed.text.indexOf(word);

  it('maps the author’s text, after a shortcode, to the file', () => {
    expect(fileOffset(article, at('ج'))).toBe(front.length + body.indexOf('ج'));
    expect(fileRange(article, at('ب'), at('ب') + 3)).toEqual({ start: front.length + body.indexOf('ب'), end: front.length + body.indexOf('ب') + 3 });
    expect(fileRange(article, at('ج'), at('ج'))).toEqual({ start: front.length + body.indexOf('ج'), end: front.length + body.indexOf('ج') });
  });

  it('gives no range for text touching a placeholder, so a fix never edits a shortcode', () => {
    const placeholder = at('\uE000');
    expect(fileRange(article, placeholder, placeholder + 2)).toBeUndefined();
    expect(fileRange(article, placeholder - 1, placeholder + 1)).toBeUndefined();
    // An insertion between the author's text and a placeholder: not between two of the author's characters.
    expect(fileRange(article, placeholder, placeholder)).toBeUndefined();
    expect(fileRange(article, at('ب'), at('ب'))).toBeUndefined();
  });
});
