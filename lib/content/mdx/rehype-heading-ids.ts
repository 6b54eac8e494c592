import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSlugger } from '@/lib/persian/slug';

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

/**
 * Gives headings ids that keep Persian words readable (ZWNJ becomes `-`, never dropped) and
 * collects h2–h3 for the table of contents.
 */
export function rehypeHeadingIds(options: { toc: TocEntry[] }) {
  return (tree: Root) => {
    const slugger = createSlugger();
    options.toc.length = 0;
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (!depth) return;
      const text = toString(node).trim();
      const id = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
      node.properties.id = id;
      if (depth === '2' || depth === '3') options.toc.push({ depth: Number(depth) as 2 | 3, id, text });
    });
  };
}
