import { describe, expect, it } from 'vitest';
import { highlightOptionsToMeta } from './render';
import { prepareHugoSource, type PrepareOptions } from './source';

const texts: PrepareOptions['texts'] = {
  youtube: () => 'YT',
  vimeo: () => 'VI',
  gist: (name) => `G ${name}`,
  tweet: 'T',
  instagram: 'I',
  detailsSummary: 'D',
};
const options = (format: 'md' | 'mdx' = 'md'): PrepareOptions => ({ format, refs: {}, custom: {}, texts });

describe('prepareHugoSource', () => {
  it('puts a tag alone on its line in a paragraph of its own, keeping the list or quote it is in', () => {
    const { text } = prepareHugoSource('- مورد\n  {{< edit >}}\n> {{< edit >}}\n', options());
    expect(text).toBe('- مورد\n  \n  \uE0000s\uE001\n  \n> \n> \uE0001s\uE001\n> \n');
  });

  it('maps every prepared line back to the author’s line', () => {
    const body = 'یک\n{{< details summary="x" >}}\nدو\n{{< /details >}}\nسه\n';
    const prepared = prepareHugoSource(body, options());
    const lines = prepared.text.split('\n');
    const where = (text: string) => prepared.originalLine(lines.indexOf(text) + 1);
    expect([where('یک'), where('دو'), where('سه')]).toEqual([1, 3, 5]);
  });

  it('maps every prepared offset back to the author’s offset, marking text written in place of a shortcode', () => {
    const body = 'الف {{< youtube abc >}} ب\n{{< edit >}}\nپ [x](/y)\n';
    const prepared = prepareHugoSource(body, options());
    for (const word of ['الف', 'ب\n', 'پ', '[x](/y)']) {
      const at = prepared.text.indexOf(word);
      expect(prepared.originalOffset(at)).toEqual({ offset: body.indexOf(word), verbatim: true });
    }
    const placeholder = prepared.text.indexOf('\uE000');
    expect(prepared.originalOffset(placeholder + 1)).toEqual({ offset: body.indexOf('{{<'), verbatim: false });
    expect(prepared.originalOffset(prepared.text.length)).toEqual({ offset: body.length, verbatim: true });
  });

  it('turns highlight into a code fence with rehype-pretty-code meta, longer than any backticks inside', () => {
    const { text, originalLine } = prepareHugoSource('{{< highlight md "hl_lines=1-2 4,linenos=true,linenostart=7" >}}\n```\ncode\n{{< /highlight >}}\nبعد\n', options());
    expect(text).toBe('````md {1-2,4} showLineNumbers{7}\n```\ncode\n````\nبعد\n');
    expect(originalLine(5)).toBe(5);
  });

  it('turns Hugo code fence attributes into meta', () => {
    expect(prepareHugoSource('```go {linenos=table,hl_lines=[2,"4-5"]}\nx\n```\n', options()).text).toBe('```go {2,4-5} showLineNumbers\nx\n```\n');
    expect(highlightOptionsToMeta('linenos=false')).toBe('');
  });

  it('reports Hugo heading attributes in .mdx with the fix, and removes them to go on checking', () => {
    const prepared = prepareHugoSource('متن\n\n## منابع {#references}\n\n```\n## کد {#x}\n```\n', options('mdx'));
    expect(prepared.text).toBe('متن\n\n## منابع\n\n```\n## کد {#x}\n```\n');
    expect(prepared.problems).toEqual([expect.objectContaining({ line: 3, column: 9, reason: expect.stringContaining('«{#references}»') })]);
  });

  it('shows escaped shortcodes as text, escaped for MDX', () => {
    expect(prepareHugoSource('{{</* figure src="x" */>}}', options('md')).text).toBe('{{< figure src="x" >}}');
    expect(prepareHugoSource('{{</* figure src="x" */>}}', options('mdx')).text).toBe('\\{\\{\\< figure src="x" \\>\\}\\}');
  });

  it('maps a custom shortcode to a component, naming its arguments and translating values', () => {
    const prepared = prepareHugoSource('{{< alert info >}}\nx\n{{< /alert >}}', {
      ...options(),
      custom: { alert: { component: 'Callout', positional: ['type'], values: { type: { info: 'note' } } } },
    });
    expect(prepared.shortcodes[0]!.rendering).toEqual({ kind: 'component', component: 'Callout', props: { type: 'note' } });
  });
});
