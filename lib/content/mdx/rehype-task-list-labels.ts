import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { isCodeOrMath } from './code-and-math';

/**
 * GFM task-list checkboxes have no label, so screen readers announce a bare "checkbox".
 * Name each one after its item's text.
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (item: Element) => {
      if (isCodeOrMath(item)) return SKIP;
      const className = item.properties.className;
      if (item.tagName !== 'li' || !Array.isArray(className) || !className.includes('task-list-item')) return;
      const label = toString(item).replace(/\s+/g, ' ').trim();
      visit(item, 'element', (input: Element) => {
        if (input.tagName === 'input' && input.properties.type === 'checkbox') input.properties.ariaLabel = label;
      });
    });
  };
}
