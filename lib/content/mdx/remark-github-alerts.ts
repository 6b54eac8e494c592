import type { Blockquote, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export const CALLOUT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;

/**
 * GitHub's `> [!NOTE]` alerts in plain Markdown become the same `callout` element that MDX
 * authors write as `<Callout type="note">`, so both render through one component.
 */
export function remarkGithubAlerts() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = MARKER.exec(text.value);
      if (!match) return;
      text.value = text.value.slice(match[0].length);
      if (text.value === '') first.children.shift();
      if (first.children[0]?.type === 'break') first.children.shift();
      if (first.children.length === 0) node.children.shift();
      const data = (node.data ??= {}) as Paragraph['data'] & { hName?: string; hProperties?: Record<string, string> };
      data.hName = 'callout';
      data.hProperties = { type: match[1]!.toLowerCase() };
    });
  };
}
