import type { Root as HastRoot } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { MDXComponents } from 'mdx/types';
import { Fragment, type ReactElement } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

/**
 * A `.md` article to a hast tree through the same plugins, in the same order and with the
 * same options as the MDX compiler's `md` format, without its last steps: the tree is not
 * turned into JavaScript, which then has to be parsed and run again to give React elements
 * (a tenth to a quarter of compiling a Markdown article, measured). React elements are made straight from the tree
 * (`MarkdownContent`); the HTML is the same, byte for byte (lib/content/mdx/markdown.test.ts
 * holds the two side by side). `.mdx` keeps next-mdx-remote's compiler and its JavaScript blocking.
 */
export async function markdownToHast(
  text: string,
  options: { remarkPlugins: PluggableList; rehypePlugins: PluggableList; remarkRehypeOptions: RemarkRehypeOptions },
): Promise<HastRoot> {
  const toHast: RemarkRehypeOptions = {
    ...options.remarkRehypeOptions,
    // As @mdx-js/mdx: raw HTML travels through the plugins and is dropped at the end, and the
    // components our plugins make (Hugo shortcodes, images) pass through as MDX JSX nodes.
    allowDangerousHtml: true,
    passThrough: [...(options.remarkRehypeOptions.passThrough ?? []), ...MDX_NODE_TYPES],
  };
  const processor = unified()
    .use(remarkParse)
    .use(options.remarkPlugins)
    .use(remarkRehype, toHast)
    .use(options.rehypePlugins)
    .use(rehypeRemoveRaw)
    .use(rehypeTrimRoot)
    .use(rehypeDropPositions);
  // The text goes in as the file too: plugins read the source around a node (Hugo shortcodes inside a line).
  const file = new VFile(text);
  return (await processor.run(processor.parse(file), file)) as HastRoot;
}

/** @mdx-js/mdx's `nodeTypes`: MDX nodes remark-rehype hands on as they are. */
const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** Raw HTML is not shown in a Markdown article (a plugin reports it at its line); MDX's `md` drops it here too. */
function rehypeRemoveRaw() {
  return (tree: HastRoot) => {
    visit(tree, 'raw', (_node, index, parent) => {
      if (parent && typeof index === 'number') {
        parent.children.splice(index, 1);
        return index;
      }
    });
  };
}

/**
 * Whitespace before the first and after the last block is not part of the body (MDX leaves it
 * out too, hast-util-to-estree's root): what is left when a plugin takes the first block away,
 * such as the cover's repeat at the top of an article.
 */
function rehypeTrimRoot() {
  const blank = (node: HastRoot['children'][number] | undefined) => node?.type === 'text' && /^[ \t\n\f\r]*$/.test(node.value);
  return (tree: HastRoot) => {
    while (blank(tree.children[0])) tree.children.shift();
    while (blank(tree.children.at(-1))) tree.children.pop();
  };
}

/**
 * Positions served the plugins' messages; the tree kept for the pages (in memory for the whole
 * build, and in the disk cache) is half the size without them.
 */
function rehypeDropPositions() {
  return (tree: HastRoot) => {
    visit(tree, (node) => {
      delete node.position;
    });
  };
}

/** A Markdown article's body as React elements, with the components a page or a feed gives it. */
export function MarkdownContent({ tree, components = {} }: { tree: HastRoot; components?: MDXComponents }): ReactElement {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: components as never,
    passKeys: true,
    // The components our plugins place (`<Figure>` for a Hugo shortcode) are names, looked up
    // among the given components as MDX does; anything else would be JavaScript, which a
    // Markdown article never holds.
    createEvaluater: () => ({
      evaluateExpression(expression) {
        if (expression.type === 'Identifier' && Object.hasOwn(components, expression.name)) return components[expression.name];
        throw new Error(`a Markdown article has no JavaScript to run (${expression.type})`);
      },
      evaluateProgram() {
        throw new Error('a Markdown article has no JavaScript to run');
      },
    }),
  });
}
