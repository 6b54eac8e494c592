import { describe, expect, it } from 'vitest';
import { markedNodes, markedRuns } from './marked-text';

describe('markedRuns', () => {
  it('marks matched parts and isolates Latin tokens with neutral edges inside them', () => {
    expect(
      markedRuns([
        { text: 'آموزش ', match: false },
        { text: 'C++', match: true },
        { text: ' و Rust', match: false },
      ]),
    ).toEqual([
      { text: 'آموزش ', mark: false, isolate: false },
      { text: 'C++', mark: true, isolate: true },
      { text: ' و Rust', mark: false, isolate: false },
    ]);
  });

  it('keeps the text exactly, ZWNJ and markup-like characters included', () => {
    const parts = [
      { text: 'می‌کنم <script>&amp;', match: false },
      { text: 'مدل‌ها', match: true },
    ];
    const runs = markedRuns(parts);
    expect(runs.map((run) => run.text).join('')).toBe(parts.map((part) => part.text).join(''));
    expect(runs.filter((run) => run.mark).map((run) => run.text)).toEqual(['مدل‌ها']);
  });
});

/** Just enough of a DOM to see the nodes built: elements with children, and text nodes. */
interface FakeNode {
  name: string;
  text?: string;
  children: FakeNode[];
}
const fakeDocument = {
  createTextNode: (text: string): FakeNode => ({ name: '#text', text, children: [] }),
  createElement: (name: string) => {
    const node: FakeNode & { textContent?: string; append(...children: FakeNode[]): void } = {
      name,
      children: [],
      append: (...children) => node.children.push(...children),
      set textContent(text: string) {
        node.children = [{ name: '#text', text, children: [] }];
      },
    };
    return node;
  },
} as unknown as Document;
const shape = (node: FakeNode): unknown => (node.name === '#text' ? node.text : { [node.name]: node.children.map(shape) });

describe('markedNodes', () => {
  it('puts a matched word in one <mark>, its isolated token inside as <bdi>, all text as text nodes', () => {
    const nodes = markedNodes(fakeDocument, [
      { text: 'زبان ', match: false },
      { text: 'C++ <b>', match: true },
      { text: ' و', match: false },
    ]) as unknown as FakeNode[];
    expect(nodes.map(shape)).toEqual(['زبان ', { mark: [{ bdi: ['C++'] }, ' <b>'] }, ' و']);
  });
});
