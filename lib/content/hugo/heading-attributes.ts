import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const ATTRIBUTES = /[ \t]*\{[ \t]*((?:[#.][^\s{}]+[ \t]*)+)\}[ \t]*$/;

export interface HeadingAttributes {
  id?: string;
  classes: string[];
}

/** `{#references .note}` at the end of a heading's text, Hugo's (goldmark's) heading attributes. */
export function parseHeadingAttributes(text: string): { text: string; attributes: HeadingAttributes } | undefined {
  const match = ATTRIBUTES.exec(text);
  if (!match) return undefined;
  const attributes: HeadingAttributes = { classes: [] };
  for (const part of match[1]!.trim().split(/[ \t]+/)) {
    if (part.startsWith('#')) attributes.id = part.slice(1).normalize('NFC');
    else attributes.classes.push(part.slice(1));
  }
  return { text: text.slice(0, match.index), attributes };
}

/**
 * In `.md`, `## منابع {#references}` keeps Hugo's anchor: the id becomes the heading's id (and
 * so its table-of-contents link) and the braces leave the text. (In `.mdx` the braces are an
 * expression; prepareHugoSource reports them there.)
 */
export function remarkHeadingAttributes() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const parsed = parseHeadingAttributes(last.value);
      if (!parsed) return;
      last.value = parsed.text;
      if (last.value === '') heading.children.pop();
      const data = (heading.data ??= {}) as Heading['data'] & { hProperties?: Record<string, unknown> };
      const properties = (data.hProperties ??= {});
      if (parsed.attributes.id) properties.id = parsed.attributes.id;
      if (parsed.attributes.classes.length > 0) properties.className = parsed.attributes.classes;
    });
  };
}
