import type { Element } from 'hast';

/**
 * A code block or a formula. After Shiki and KaTeX these hold most of an article's elements
 * (a span per token, a MathML copy of every formula), and no rule about prose looks inside
 * them: the plugins that run after them return `SKIP` here instead of walking every token.
 */
export function isCodeOrMath(node: Element): boolean {
  if (node.tagName === 'pre' || node.tagName === 'math') return true;
  const className = node.properties.className;
  return Array.isArray(className) && className.includes('katex');
}
