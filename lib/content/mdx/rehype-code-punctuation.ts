import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isCodeOrMath } from './code-and-math';

/**
 * Inline code this short is kept whole on one line (components/mdx/InlineCode.tsx makes it an
 * inline block); longer code wraps as text, and so is never glued to its punctuation here.
 */
export const KEPT_WHOLE_MAX_LENGTH = 32;

/** Punctuation that opens before a word: a line must not end with it. */
const OPENING = /[([{«“‘]+$/u;
/** Punctuation that closes after a word: a line must not start with it. */
const CLOSING = /^[)\]}»”’.,،؛:;!?؟…%٪]+/u;

/**
 * Inline code touching punctuation (`(PKGBUILD)`, `exec()`:, «`main`») is kept on one line with
 * it. Short inline code is an inline block, so that a wrapped left-to-right island never lands
 * at opposite ends of two lines (components/mdx/InlineCode.tsx); but a line may break on either
 * side of an inline block, even between it and a bracket or a full stop, leaving «(» at the end
 * of one line and «PKGBUILD)» on the next. The code and the punctuation that touches it go in a
 * span that does not wrap inside.
 */
export function rehypeCodePunctuation() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (isCodeOrMath(node)) return SKIP;
      if (node.tagName !== 'code' || !parent || index === undefined) return;
      // Only code kept whole: a span that does not wrap would keep long code from wrapping too.
      const [only, ...more] = node.children;
      if (more.length > 0 || only?.type !== 'text' || only.value.length > KEPT_WHOLE_MAX_LENGTH) return;
      const siblings = parent.children as ElementContent[];
      const before = siblings[index - 1];
      const after = siblings[index + 1];
      const opening = before?.type === 'text' ? OPENING.exec(before.value)?.[0] : undefined;
      const closing = after?.type === 'text' ? CLOSING.exec(after.value)?.[0] : undefined;
      if (!opening && !closing) return;

      const kept: ElementContent[] = [];
      if (opening) kept.push({ type: 'text', value: opening });
      kept.push(node);
      if (closing) kept.push({ type: 'text', value: closing });
      const glued: Element = { type: 'element', tagName: 'span', properties: { className: ['whitespace-nowrap'] }, children: kept };

      const replaced: ElementContent[] = [];
      const restBefore = opening ? (before as Text).value.slice(0, -opening.length) : '';
      const restAfter = closing ? (after as Text).value.slice(closing.length) : '';
      if (restBefore) replaced.push({ type: 'text', value: restBefore });
      replaced.push(glued);
      if (restAfter) replaced.push({ type: 'text', value: restAfter });
      const start = opening ? index - 1 : index;
      siblings.splice(start, (closing ? index + 2 : index + 1) - start, ...replaced);
      // Go on after the span, whose code is done: the text after it may lead to more code.
      return start + (restBefore ? 1 : 0) + 1;
    });
  };
}
