import type { Link, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { PLACEHOLDER, type PlacedShortcode } from './source';

type Parent = { children: RootContent[] };

/**
 * Turns the placeholders left by `prepareHugoSource` into the site's own nodes: `figure` into
 * a `<Figure>`, `details` and mapped theme shortcodes into their component around the Markdown
 * between the tags, embeds into a plain link. A shortcode this site does not know shows its
 * inner Markdown (paired) or nothing (self-closing); the problems were reported when preparing.
 */
export function remarkHugoShortcodes(options: { shortcodes: readonly PlacedShortcode[] }) {
  return (tree: Root, file?: { value?: unknown }) => {
    if (options.shortcodes.length === 0) return;
    replaceBlocks(tree as Parent, options.shortcodes);
    replaceInline(tree, options.shortcodes, typeof file?.value === 'string' ? file.value : undefined);
  };
}

/** A paragraph holding only a placeholder: the shortcode tag was alone on its line. */
function blockPlaceholder(node: RootContent): { index: number; role: string } | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'text') return undefined;
  const match = /^\s*\uE000(\d+)([osc])\uE001\s*$/.exec(node.children[0]!.value);
  return match ? { index: Number(match[1]), role: match[2]! } : undefined;
}

function replaceBlocks(parent: Parent, shortcodes: readonly PlacedShortcode[]) {
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const found = blockPlaceholder(children[i]!);
    if (!found) {
      const child = children[i] as RootContent & Partial<Parent>;
      if (Array.isArray(child.children)) replaceBlocks(child as Parent, shortcodes);
      continue;
    }
    const placed = shortcodes[found.index]!;
    const position = children[i]!.position;
    if (found.role === 's') {
      const replacement = blockNode(placed, [], position);
      children.splice(i, 1, ...replacement);
      i += replacement.length - 1;
      continue;
    }
    if (found.role !== 'o') continue;
    const close = children.findIndex((node, index) => index > i && blockPlaceholder(node)?.index === found.index && blockPlaceholder(node)?.role === 'c');
    // The closing tag sits elsewhere (another list item or paragraph): placeholders are dropped inline.
    if (close < 0) continue;
    const inner = children.slice(i + 1, close);
    replaceBlocks({ children: inner }, shortcodes);
    const replacement = blockNode(placed, inner, position);
    children.splice(i, close - i + 1, ...replacement);
    i += replacement.length - 1;
  }
}

function blockNode(placed: PlacedShortcode, inner: RootContent[], position: RootContent['position']): RootContent[] {
  const { rendering } = placed;
  switch (rendering.kind) {
    case 'figure':
      return [jsx('Figure', { src: rendering.src, alt: rendering.alt, caption: rendering.caption }, [], position)];
    case 'component':
      return [jsx(rendering.component, rendering.props, inner, position)];
    case 'link': {
      const paragraph: Paragraph = { type: 'paragraph', children: [linkNode(rendering)], position };
      paragraph.data = { hProperties: { className: [rendering.className] } };
      return [paragraph];
    }
    case 'text':
      return [{ type: 'paragraph', children: [{ type: 'text', value: rendering.text }], position }];
    case 'unwrap':
      return inner;
    case 'omit':
      return [];
  }
}

function jsx(name: string, props: Record<string, string | undefined>, children: RootContent[], position: RootContent['position']): MdxJsxFlowElement {
  const attributes: MdxJsxAttribute[] = Object.entries(props)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([attribute, value]) => ({ type: 'mdxJsxAttribute', name: attribute, value }));
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'], position };
}

function linkNode(rendering: { href: string; text: string }): Link {
  return { type: 'link', url: rendering.href, children: [{ type: 'text', value: rendering.text }] };
}

/** Placeholders inside a line of text: embeds become links; paired tags leave their text; others go. */
function replaceInline(tree: Root, shortcodes: readonly PlacedShortcode[], source: string | undefined) {
  visit(tree, (node, index, parent) => {
    if (node.type === 'inlineCode' || node.type === 'code') {
      // A shortcode shown in code reads as the author wrote it.
      node.value = node.value.replace(PLACEHOLDER, (_match, number: string, role: string) => {
        const call = shortcodes[Number(number)]!.call;
        return (role === 'c' ? call.close?.raw : call.open.raw) ?? '';
      });
      return;
    }
    // In an address only text (a `ref`) can stand; anything else leaves nothing.
    const asText = (_match: string, number: string) => {
      const rendering = shortcodes[Number(number)]!.rendering;
      return rendering.kind === 'text' ? rendering.text : '';
    };
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = node.url.replace(PLACEHOLDER, asText);
    if (node.type === 'image' && node.alt) node.alt = node.alt.replace(PLACEHOLDER, asText);
    if (node.type !== 'text' || !parent || index === undefined) return;
    const text = node as Text;
    if (!text.value.includes('\uE000')) return;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    // The author's text around the placeholders keeps its place in the source, so `npm run check` can point at it (and fix it).
    let sourceAt = text.position?.start.offset;
    const endOffset = text.position?.end.offset;
    const placeText = (value: string, until: number | undefined): Text => {
      const piece: Text = { type: 'text', value };
      if (source !== undefined && sourceAt !== undefined && until !== undefined && until >= sourceAt) {
        piece.position = { start: pointAt(source, sourceAt), end: pointAt(source, until) };
      }
      return piece;
    };
    for (const match of text.value.matchAll(PLACEHOLDER)) {
      const found = source !== undefined && sourceAt !== undefined ? source.indexOf(match[0], sourceAt) : -1;
      const placeholderAt = found >= 0 && (endOffset === undefined || found < endOffset) ? found : undefined;
      if (match.index > last) pieces.push(placeText(text.value.slice(last, match.index), placeholderAt));
      sourceAt = placeholderAt === undefined ? undefined : placeholderAt + match[0].length;
      last = match.index + match[0].length;
      const placed = shortcodes[Number(match[1])]!;
      if (match[2] !== 's') continue;
      if (placed.rendering.kind === 'text') pieces.push({ type: 'text', value: placed.rendering.text });
      else if (placed.rendering.kind === 'link') pieces.push(linkNode(placed.rendering));
      else if (placed.rendering.kind === 'figure') pieces.push({ type: 'image', url: placed.rendering.src, alt: placed.rendering.alt ?? placed.rendering.caption ?? '' });
    }
    if (last < text.value.length) pieces.push(placeText(text.value.slice(last), endOffset));
    (parent as { children: PhrasingContent[] }).children.splice(index, 1, ...pieces);
    return index + pieces.length;
  });
}

function pointAt(source: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}
