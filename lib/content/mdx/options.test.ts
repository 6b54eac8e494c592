import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { persianInCode, tokenizeWithoutTimeLimit } from './options';

describe('code highlighting', () => {
  it('tokenizes every line to its end however long it takes, so a busy machine colours code as an idle one', () => {
    const options: { lang: string; tokenizeTimeLimit?: number } = { lang: 'ts' };
    tokenizeWithoutTimeLimit.preprocess!.call({} as never, 'const a = 1;', options as never);
    // Shiki's default is 500 ms per line; 0 is no limit in vscode-textmate.
    expect(options.tokenizeTimeLimit).toBe(0);
  });
});

describe('Persian in code', () => {
  const token = (content: string): Element => {
    const span: Element = { type: 'element', tagName: 'span', properties: { style: '--shiki-light:#6E7781' }, children: [{ type: 'text', value: content }] };
    persianInCode.span!.call({} as never, span, 1, 0, span, { content, offset: 0 } as never);
    return span;
  };

  it('marks each run of Persian words in a token as Persian, and leaves the code and its colour as they were', () => {
    const comment = token('# مرتب‌سازی با merge sort');
    expect(comment.properties.style).toBe('--shiki-light:#6E7781');
    expect(comment.children).toEqual([
      { type: 'text', value: '# ' },
      { type: 'element', tagName: 'span', properties: { lang: 'fa' }, children: [{ type: 'text', value: 'مرتب‌سازی با' }] },
      { type: 'text', value: ' merge sort' },
    ]);
    expect(token('print(total)').children).toEqual([{ type: 'text', value: 'print(total)' }]);
  });
});
