import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEFT_TO_RIGHT_ISOLATE as LRI, POP_DIRECTIONAL_ISOLATE as PDI } from '@/lib/persian/bidi';
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
      // Code isolated left to right, as on the page: in a Persian passage `inline()` keeps its brackets.
      `متن با پررنگ، پیوند و ${LRI}inline()${PDI}.`,
      'مورد یک',
      'مورد دو',
      'ستون',
      'دیگری',
      'خانه',
      'C++',
      'نمودار درخت',
      `${LRI}def binary_search(a): pass${PDI}`,
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

  it('reads a Hugo article as its reader does: shortcodes become their text, heading attributes go', () => {
    const file = path.join(process.cwd(), 'content/posts/http-caching/index.fa.md');
    const body = readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---');
    const { headings, text } = articlePlainText({ body, format: 'md' });
    expect(text).not.toContain('{{');
    expect(text).not.toContain('{#');
    expect(text).not.toMatch(/hl_lines|request-path|\uE000/);
    expect(headings).toContain('مسیر یک درخواست');
    // The figure's caption and alt, and the code of the highlight block.
    expect(text).toContain('درخواست اول به سرور می‌رسد');
    expect(text).toContain('مرورگر، کش و سرور');
    expect(text).toContain('add_header Cache-Control "public, max-age=31536000, immutable";');
  });

  it('shows paired unknown shortcodes by their inner text and drops self-closing ones', () => {
    const body = 'پیش از {{< mark >}}متن درونی{{< /mark >}} و {{< unknown-thing a="b" >}} پس از.';
    expect(articlePlainText({ body, format: 'md' }).text).toBe('پیش از متن درونی و پس از.');
  });
});
