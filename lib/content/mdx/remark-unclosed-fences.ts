import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { BodyProblem } from '../problems';

/**
 * A code fence that is never closed: CommonMark runs it to the end of the article (or of the
 * list item or quote holding it), so everything after it reads as code. Valid Markdown, hence
 * a warning, at the fence's line: a helper importing a real Persian post found one that turned
 * the rest of the article into a code block, with nothing said by the import, check or build.
 */
export function remarkUnclosedFences(options: { problems: BodyProblem[] }) {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'code', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const lines = source.slice(start, end).split('\n');
      const fence = /^(`{3,}|~{3,})/.exec(lines[0]!)?.[1];
      // An indented code block has no fence to close.
      if (!fence) return;
      // The closing line, without the indentation or `>` of the list item or quote holding it.
      const last = lines.length > 1 ? lines.at(-1)!.replace(/^[ \t>]*/, '').trimEnd() : '';
      const closed = last.length >= fence.length && [...last].every((char) => char === fence[0]);
      if (closed) return;
      options.problems.push({
        line: node.position!.start.line,
        column: node.position!.start.column,
        severity: 'warning',
        reason: `code fence ${fence} is never closed: everything after it shows as code`,
        fix: `close it with ${fence} on a line of its own after the code`,
      });
    });
  };
}
