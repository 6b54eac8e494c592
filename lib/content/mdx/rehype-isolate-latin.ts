import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Latin tokens that begin or end with a neutral character (`C++`, `C#`, `.NET`, `i++`,
 * `--save`) are reordered by the bidi algorithm inside RTL text (`C++` shows as `++C`).
 * Wrapping exactly those in `<bdi>` isolates them; plain words (`ChatGPT`, `Next.js 20`)
 * already display correctly and are left alone to keep the HTML small.
 */
const AT_RISK = /(?:--?|\.)?[A-Za-z][A-Za-z0-9]*(?:[-./_][A-Za-z0-9]+)*(?:\+\+|\+|#)?/g;
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'bdi', 'bdo', 'annotation']);

export function rehypeIsolateLatin() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (SKIPPED.has(node.tagName) || hasClass(node, 'katex')) return SKIP;
      const children: ElementContent[] = [];
      let changed = false;
      for (const child of node.children) {
        if (child.type !== 'text') {
          children.push(child);
          continue;
        }
        const parts = isolate(child);
        if (parts.length !== 1) changed = true;
        children.push(...parts);
      }
      if (changed) node.children = children;
      return undefined;
    });
  };
}

function isolate(text: Text): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(AT_RISK)) {
    const token = match[0];
    if (!/^[-.]|[+#]$/.test(token)) continue;
    const start = match.index;
    if (start > last) parts.push({ type: 'text', value: text.value.slice(last, start) });
    parts.push({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: token }] });
    last = start + token.length;
  }
  if (parts.length === 0) return [text];
  if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
  return parts;
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}
