import { describe, expect, it } from 'vitest';
import { articlePlainText } from './plain-text';

const ZWNJ = '\u200C';

describe('articlePlainText', () => {
  it('keeps what a reader reads of a Markdown body, block by block, ZWNJs intact', () => {
    const body = [
      `## روش${ZWNJ}ها`,
      '',
      'متن با **پررنگ**، [پیوند](https://example.com/x) و `inline()`.',
      '',
      '- مورد یک',
      '- مورد دو',
      '',
      '| ستون | دیگری |',
      '| --- | --- |',
      '| خانه | C++ |',
      '',
      '![نمودار درخت](tree.png)',
      '',
      '```python',
      'def binary_search(a): pass',
      '```',
      '',
      'فرمول $x^2$ و:',
      '',
      '$$',
      'T(n) = O(\\log n)',
      '$$',
      '',
      '<div class="x">',
      'raw html',
      '</div>',
      '',
      'پانویس[^1].',
      '',
      '[^1]: کنوت، جلد سوم.',
    ].join('\n');
    const { headings, text } = articlePlainText({ body, format: 'md' });
    expect(headings).toEqual([`روش${ZWNJ}ها`]);
    expect(text.split('\n')).toEqual([
      `روش${ZWNJ}ها`,
      'متن با پررنگ، پیوند و inline().',
      'مورد یک',
      'مورد دو',
      'ستون',
      'دیگری',
      'خانه',
      'C++',
      'نمودار درخت',
      'def binary_search(a): pass',
      'فرمول و:',
      'پانویس.',
      'کنوت، جلد سوم.',
    ]);
    expect(text).not.toContain('example.com');
    expect(text).not.toContain('raw html');
    expect(text).not.toContain('log');
  });

  it('reads the visible props of MDX components and skips imports and expressions', () => {
    const body = [
      '<Callout type="tip" title="نکتهٔ مهم">',
      '',
      'متن درون کادر.',
      '',
      '</Callout>',
      '',
      '<Figure src="a.svg" alt="شکل آرایه" caption="زیرنویس شکل" />',
      '',
      '{/* یادداشت پنهان */}',
    ].join('\n');
    const { text } = articlePlainText({ body, format: 'mdx' });
    expect(text.split('\n')).toEqual(['نکتهٔ مهم', 'متن درون کادر.', 'شکل آرایه', 'زیرنویس شکل']);
  });

  it('drops the marker of a GitHub alert, as the page does', () => {
    expect(articlePlainText({ body: '> [!NOTE]\n> یادداشت.', format: 'md' }).text).toBe('یادداشت.');
  });
});
