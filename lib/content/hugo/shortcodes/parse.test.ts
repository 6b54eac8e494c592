import { describe, expect, it } from 'vitest';
import { codeSpanRanges, fencedCodeRanges, findShortcodeTags, pairShortcodes, parseArgs } from './parse';

describe('Hugo shortcode tags', () => {
  it('finds both forms, closing and escaped tags, with positions', () => {
    const text = 'الف {{< figure src="a.png" >}}\n{{% notice tip %}}\nب\n{{% /notice %}} {{</* x */>}}';
    const tags = findShortcodeTags(text);
    expect(tags.map((tag) => [tag.name, tag.closing, tag.escaped, tag.line, tag.column])).toEqual([
      ['figure', false, false, 1, 5],
      ['notice', false, false, 2, 1],
      ['notice', true, false, 4, 1],
      ['x', false, true, 4, 17],
    ]);
  });

  it('reads positional, named, quoted and raw-string arguments; a quoted `>}}` does not end the tag', () => {
    expect(parseArgs(' go "linenos=table,hl_lines=2 3" `raw "x"` ')).toEqual({ positional: ['go', 'linenos=table,hl_lines=2 3', 'raw "x"'], named: {} });
    const [tag] = findShortcodeTags('{{< figure src="a.png" caption="یک >}} دو" alt=نمودار >}}');
    expect(tag!.args.named).toEqual({ src: 'a.png', caption: 'یک >}} دو', alt: 'نمودار' });
  });

  it('does not match tags inside code spans, whatever their backtick count', () => {
    const text = 'این `{{< ref "x" >}}` و ``{{< figure src="a" >}} ` ``، ولی {{< y >}} و `{{< z >}}\n\nفقط یک بک‌تیک';
    expect(findShortcodeTags(text).map((tag) => tag.name)).toEqual(['y', 'z']);
  });

  it('does not match mismatched delimiters or tags inside code fences', () => {
    expect(findShortcodeTags('{{< x %}}')).toEqual([]);
    expect(findShortcodeTags('```\n{{< figure >}}\n```\n~~~~\n{{< y >}}\n~~~~\n{{< z >}}').map((tag) => tag.name)).toEqual(['z']);
    expect(fencedCodeRanges('a\n```go\nx\n```\nb')).toEqual([[2, 13]]);
    expect(codeSpanRanges('a `b` c\n```\n`\n```\n`d`')).toEqual([[2, 5], [18, 21]]);
  });

  it('pairs opening and closing tags, nested ones too; an unclosed one is self-closing', () => {
    const text = '{{< details summary="a" >}}\n{{< alert >}}x{{< /alert >}}\n{{< /details >}}\n{{< edit >}}';
    const calls = pairShortcodes(text, findShortcodeTags(text));
    expect(calls.map((call) => [call.name, call.close !== undefined, call.inner])).toEqual([
      ['details', true, '\n{{< alert >}}x{{< /alert >}}\n'],
      ['alert', true, 'x'],
      ['edit', false, undefined],
    ]);
  });

  it('treats everything inside highlight as code, shortcodes included', () => {
    const text = '{{< highlight go >}}\n{{< figure src="x" >}}\n{{< /highlight >}}';
    const calls = pairShortcodes(text, findShortcodeTags(text));
    expect(calls.map((call) => call.name)).toEqual(['highlight']);
    expect(calls[0]!.inner).toBe('\n{{< figure src="x" >}}\n');
  });
});
