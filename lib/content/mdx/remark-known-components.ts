import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { BodyProblem } from './rehype-article-images';

/**
 * MDX only notices an unknown component (`<Calout>`) when the page renders, as a bare runtime
 * error. Catch it while compiling instead, with its line and the names that do exist.
 */
export function remarkKnownComponents(options: { names: readonly string[]; problems: BodyProblem[] }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = (node as { name?: string | null }).name;
      // Lower-case names are HTML elements; fragments have no name.
      if (!name || !/^[A-Z]/.test(name) || options.names.includes(name)) return;
      options.problems.push({
        line: node.position?.start.line,
        column: node.position?.start.column,
        reason: `unknown component <${name}>`,
        fix: `use one of ${options.names.filter((known) => /^[A-Z]/.test(known)).map((known) => `<${known}>`).join(', ')}`,
      });
    });
  };
}
