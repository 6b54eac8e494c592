import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The page's title is its only h1. A body written with `#` headings (common in articles
 * moved from elsewhere) would otherwise put sections on the title's level: then every
 * heading steps down one (`#`→h2, `##`→h3…; h6 stays h6), before ids and the table of
 * contents are made, so the contents follow the page's real outline.
 */
export function rehypeDemoteHeadings() {
  return (tree: Root) => {
    let usesH1 = false;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') usesH1 = true;
    });
    if (!usesH1) return;
    visit(tree, 'element', (node: Element) => {
      const level = /^h([1-5])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Number(level) + 1}`;
    });
  };
}
