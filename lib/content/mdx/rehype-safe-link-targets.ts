import type { Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { isCodeOrMath } from './code-and-math';

/**
 * A link that opens another tab (`<a target="_blank">` written in .mdx) gets
 * `rel="noopener noreferrer"`, whatever `rel` the author gave: the opened page then cannot
 * reach back and navigate the article's tab (reverse tabnabbing), nor learn its address.
 * MDX passes literal `<a>` elements straight to React, past the `a` component of Markdown links.
 */
export function rehypeSafeLinkTargets() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && isCodeOrMath(node)) return SKIP;
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElementHast | MdxJsxTextElementHast;
      if (element.name !== 'a' || !element.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'target')) return;
      element.attributes = element.attributes.filter((attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'rel');
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value: 'noopener noreferrer' } satisfies MdxJsxAttribute);
    });
  };
}
