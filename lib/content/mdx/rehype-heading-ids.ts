import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSlugger } from '@/lib/persian/slug';
import type { BodyProblem } from '../problems';

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** Ids the page itself uses around the article body; headings never take them. */
export const PAGE_ELEMENT_IDS = { main: 'content', related: 'related-title', footnotes: 'footnote-label' } as const;

/**
 * Gives headings ids that keep Persian words readable (ZWNJ becomes `-`, never dropped) and
 * collects h2–h3 for the table of contents. An id the author gave (Hugo's `{#id}`) that another
 * heading or the page already has is a problem: two elements with one id break the anchor link.
 */
export function rehypeHeadingIds(options: { toc: TocEntry[]; ids?: string[]; problems?: BodyProblem[] }) {
  return (tree: Root) => {
    const slugger = createSlugger();
    const reserved = new Set<string>(Object.values(PAGE_ELEMENT_IDS));
    for (const id of reserved) slugger.slug(id);
    const used = new Set<string>();
    options.toc.length = 0;
    if (options.ids) options.ids.length = 0;
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (!depth) return;
      const text = toString(node).trim();
      // An id the author gave is kept, and reserved so no later heading takes it. The footnotes
      // heading (made by the compiler, so without a position) is the page's own `footnote-label`.
      const given = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      if (given && node.position && (reserved.has(given) || used.has(given))) {
        options.problems?.push({
          line: node.position.start.line,
          column: node.position.start.column,
          reason: reserved.has(given)
            ? `heading id «${given}» is already used by the page around the article`
            : `heading id «${given}» is already the id of an earlier heading`,
          fix: `choose another id: \`{#another-id}\` (ids the page uses: ${[...reserved].join(', ')})`,
        });
      }
      if (given) slugger.slug(given);
      const id = given ?? slugger.slug(text);
      node.properties.id = id;
      used.add(id);
      options.ids?.push(id);
      // The footnotes heading closes the article; it is not a section to jump to.
      if (id === PAGE_ELEMENT_IDS.footnotes) return;
      if (depth === '2' || depth === '3') options.toc.push({ depth: Number(depth) as 2 | 3, id, text });
    });
  };
}
