import { describe, expect, it } from 'vitest';
import { deepestNesting } from './nesting';

describe('deepestNesting', () => {
  it('counts blockquote and list markers at the start of a line', () => {
    expect(deepestNesting('متن\n\n> > نقل\n')).toEqual({ depth: 2, line: 3 });
    expect(deepestNesting('- - - x\n')).toEqual({ depth: 3, line: 1 });
    expect(deepestNesting('1. الف\n   2) ب\n')).toEqual({ depth: 2, line: 2 });
  });

  it('counts nested list items written by indentation', () => {
    expect(deepestNesting('- a\n  - b\n    - c\n')).toEqual({ depth: 3, line: 3 });
  });

  it('does not count what is inside fenced code or in the middle of a line', () => {
    expect(deepestNesting('```sh\n> > > > > >\n```\nیک - دو > سه\n').depth).toBe(0);
    expect(deepestNesting('~~~\n' + '> '.repeat(500) + '\n~~~\n').depth).toBe(0);
  });

  it('finds a 10,000-deep nesting at once, without recursion', () => {
    expect(deepestNesting('x\n' + '>'.repeat(10_000) + ' x\n')).toEqual({ depth: 10_000, line: 2 });
    expect(deepestNesting('- '.repeat(10_000) + 'x').depth).toBe(10_000);
  });

  it('counts the elements still open in .mdx, not in .md', () => {
    const body = '<Callout type="note">\n<Details summary="x">\n<span>متن <br /> `<b>`</span>\n</Details>\n</Callout>\n';
    expect(deepestNesting(body, 'mdx')).toEqual({ depth: 3, line: 3 });
    expect(deepestNesting(body, 'md').depth).toBe(0);
    expect(deepestNesting('<span>'.repeat(10_000) + 'x' + '</span>'.repeat(10_000), 'mdx').depth).toBe(10_000);
  });
});
