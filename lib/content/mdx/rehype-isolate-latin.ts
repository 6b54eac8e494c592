import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { splitForIsolation } from '@/lib/persian/bidi';

/** Never touched: code and math are already LTR islands; bdi/bdo are already isolated. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'bdi', 'bdo', 'annotation']);

/** Wraps at-risk Latin tokens in prose (`C++`, `O(n log n)`) in `<bdi>`; see lib/persian/bidi.ts. */
export function rehypeIsolateLatin() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (SKIPPED.has(node.tagName) || hasClass(node, 'katex')) return SKIP;
      let changed = false;
      const children = node.children.flatMap((child): ElementContent[] => {
        if (child.type !== 'text') return [child];
        const segments = splitForIsolation(child.value);
        if (!segments.some((segment) => segment.isolate)) return [child];
        changed = true;
        return segments.map((segment) =>
          segment.isolate
            ? { type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: segment.text }] }
            : { type: 'text', value: segment.text },
        );
      });
      if (changed) node.children = children;
      return undefined;
    });
  };
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}
