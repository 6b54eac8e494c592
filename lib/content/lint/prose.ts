import type { Nodes, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** A text node of prose, with where each of its characters is in the body. */
export interface ProseText {
  value: string;
  /** `offsets[i]` is the body offset of `value[i]`. */
  offsets: number[];
  /** Text of a heading: changing it changes the heading's id, which links may point to. */
  inHeading: boolean;
}

/** Nodes whose content is not prose: code, math, raw HTML, JSX code, expressions, ESM. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'html', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'yaml', 'toml']);
/** HTML elements in .mdx whose text is code or keys, not sentences. */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp', 'var', 'pre', 'tt']);
const LOOKS_LIKE_URL = /^(?:[a-z][a-z0-9+.-]*:|www\.)|^[\w.+-]+@[\w-]+\./i;

/**
 * Text nodes of the body's Markdown tree that are prose. Code (blocks and inline), math, URLs
 * (autolinks and links showing their address), JSX attributes and expressions are not text
 * nodes or are skipped here, so typography rules never see them.
 */
export function proseTexts(tree: Root, body: string): ProseText[] {
  const texts: ProseText[] = [];
  const headingTexts = new Set<Text>();
  visit(tree, 'heading', (heading) => visit(heading, 'text', (text) => void headingTexts.add(text)));
  visit(tree, (node: Nodes) => {
    if (NOT_PROSE.has(node.type)) return SKIP;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name && CODE_ELEMENTS.has(node.name)) return SKIP;
    if (node.type === 'link' && node.children.every((child) => child.type === 'text' && (child.value === node.url || LOOKS_LIKE_URL.test(child.value)))) return SKIP;
    if (node.type !== 'text') return undefined;
    const text = alignText(node, body, headingTexts.has(node));
    if (text) texts.push(text);
    return undefined;
  });
  return texts;
}

/**
 * Maps each character of a text node's value to the body: the source may hold more than the
 * value (escapes such as `\*`, `> ` of a quoted line, entities), so characters are matched in
 * order. An edit is only applied where value and source agree (see `sourceRange`).
 */
function alignText(node: Text, body: string, inHeading: boolean): ProseText | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const offsets: number[] = [];
  let j = start;
  for (let i = 0; i < node.value.length; i++) {
    while (j < end && body[j] !== node.value[i]) j++;
    if (j >= end) return undefined;
    offsets.push(j++);
  }
  return { value: node.value, offsets, inHeading };
}

/** The body range for `[start, end)` of a text's value, when the source there is exactly the value. */
export function sourceRange(text: ProseText, start: number, end: number): { start: number; end: number } | undefined {
  const { offsets, value } = text;
  if (start === end) {
    if (start === 0) return { start: offsets[0]!, end: offsets[0]! };
    if (start === value.length) return { start: offsets.at(-1)! + 1, end: offsets.at(-1)! + 1 };
    return offsets[start]! === offsets[start - 1]! + 1 ? { start: offsets[start]!, end: offsets[start]! } : undefined;
  }
  const first = offsets[start]!;
  const last = offsets[end - 1]!;
  return last - first === end - start - 1 ? { start: first, end: last + 1 } : undefined;
}
