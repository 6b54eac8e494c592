import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { toPersianDigits } from '@/lib/persian/digits';
import { isCodeOrMath } from './code-and-math';

/** Footnote reference numbers in the text read as Persian digits (۱، ۲…), like the rest of the prose. */
export function rehypePersianFootnotes() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (isCodeOrMath(node)) return SKIP;
      if (node.tagName !== 'a' || node.properties.dataFootnoteRef === undefined) return;
      for (const child of node.children) if (child.type === 'text') child.value = toPersianDigits(child.value);
    });
  };
}
