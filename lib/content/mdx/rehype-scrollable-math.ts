import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { uiText } from '@/lib/ui-text';
import { isCodeOrMath } from './code-and-math';

/**
 * A displayed formula wider than a phone scrolls sideways in its own box; keyboard readers
 * must be able to reach and scroll it too, like a wide table: a named, focusable region.
 */
export function rehypeScrollableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (!Array.isArray(classes) || !classes.includes('katex-display')) return isCodeOrMath(node) ? SKIP : undefined;
      node.properties.tabIndex = 0;
      node.properties.role = 'region';
      node.properties.ariaLabel = uiText.articleExtras.formulaLabel;
      return SKIP;
    });
  };
}
