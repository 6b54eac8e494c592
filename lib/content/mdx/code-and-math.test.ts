import type { Element, ElementContent, Properties, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeCodePunctuation } from './rehype-code-punctuation';
import { rehypePersianFootnotes } from './rehype-persian-footnotes';
import { rehypeScrollableMath } from './rehype-scrollable-math';
import { rehypeTaskListLabels } from './rehype-task-list-labels';

/** `h('li.task-list-item', …)`: a tag with at most one class, properties, and children or text. */
function h(selector: string, ...rest: Array<Properties | ElementContent[] | string>): Element {
  const [tagName, className] = selector.split('.');
  const properties: Properties = className ? { className: [className] } : {};
  let children: ElementContent[] = [];
  for (const part of rest) {
    if (typeof part === 'string') children = [{ type: 'text', value: part }];
    else if (Array.isArray(part)) children = part;
    else Object.assign(properties, part);
  }
  return { type: 'element', tagName: tagName!, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** What the prose rules look for, once in prose and once inside a code block and a formula. */
function prose(): ElementContent[] {
  return [
    h('p', [text('('), h('code', 'git'), text(')')]),
    h('p', [h('a', { dataFootnoteRef: '' }, '2')]),
    h('ul', [h('li.task-list-item', [h('input', { type: 'checkbox' }), text(' کار')])]),
    h('span.katex-display', [h('span.katex', 'x')]),
  ];
}

describe('prose rules after Shiki and KaTeX', () => {
  it('apply in prose and never inside a code block or a formula', () => {
    const tree: Root = { type: 'root', children: [...prose(), h('pre', [h('code', prose())]), h('span.katex', prose()), h('math', prose())] };
    for (const plugin of [rehypeCodePunctuation, rehypeScrollableMath, rehypePersianFootnotes, rehypeTaskListLabels]) plugin()(tree);
    const [glued, footnote, tasks, display, pre, inlineMath, mathML] = tree.children as Element[];

    expect(JSON.stringify(glued)).toContain('whitespace-nowrap');
    expect(JSON.stringify(footnote)).toContain('"value":"۲"');
    expect(JSON.stringify(tasks)).toContain('"ariaLabel":"کار"');
    expect(display!.properties.role).toBe('region');
    for (const untouched of [pre, inlineMath, mathML]) {
      expect(untouched).toEqual(untouched!.tagName === 'pre' ? h('pre', [h('code', prose())]) : untouched!.tagName === 'math' ? h('math', prose()) : h('span.katex', prose()));
    }
  });
});
