import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE } from '@/lib/persian/bidi';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';
import { remarkHeadingAttributes } from './hugo/heading-attributes';
import { remarkHugoShortcodes } from './hugo/shortcodes/remark';
import { prepareHugoSource } from './hugo/shortcodes/source';
import type { Post } from './loader';
import { remarkGithubAlerts } from './mdx/remark-github-alerts';

/** What a reader can read in an article, as plain text (for search). */
export interface ArticlePlainText {
  /** Every heading, in order. */
  headings: string[];
  /** Headings, prose, list items, table cells, captions, footnotes and code, one block per line; code isolated left to right. */
  text: string;
}

/** Component props readers see as text (`<Callout title>`, `<Details summary>`, `<Figure caption alt>`). */
const VISIBLE_PROPS = new Set(['title', 'summary', 'caption', 'alt']);

/** Nodes that are not reading text: front matter, raw HTML, MDX expressions and imports, math source. */
const SKIPPED = new Set(['yaml', 'toml', 'html', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'math', 'inlineMath', 'definition']);

const BLOCKS = new Set(['paragraph', 'heading', 'code', 'tableCell', 'listItem', 'blockquote', 'footnoteDefinition', 'mdxJsxFlowElement']);

/**
 * The same text from a body alone, parsed here with the front end the article pages use (Hugo
 * shortcodes and heading attributes prepared first, then CommonMark + GFM + math, MDX for
 * `.mdx`): for tests of the text itself. The build takes it from the compile instead.
 */
export function articlePlainText(post: Pick<Post, 'body' | 'format'> & Partial<Pick<Post, 'refs'>>): ArticlePlainText {
  const prepared = prepareHugoSource(post.body, { format: post.format, refs: post.refs ?? {}, custom: site.hugoShortcodes, texts: uiText.hugo });
  const processor = unified().use(remarkParse);
  if (post.format === 'mdx') processor.use(remarkMdx);
  processor.use(remarkGfm).use(remarkMath);
  if (post.format === 'md') processor.use(remarkHeadingAttributes);
  processor.use(remarkHugoShortcodes, { shortcodes: prepared.shortcodes }).use(remarkGithubAlerts);
  const tree = processor.runSync(processor.parse(prepared.text)) as Root;

  return plainTextOfTree(tree);
}

/**
 * The reading text of a Markdown tree as the compile pipeline leaves it after its remark
 * plugins: the compile notes it (lib/content/compile.ts) so search reads the same tree the page
 * is made from, parsed once.
 */
export function plainTextOfTree(tree: Root): ArticlePlainText {
  const headings: string[] = [];
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = current.replace(/\s+/g, ' ').trim();
    if (block) blocks.push(block);
    current = '';
  };
  const walk = (node: Nodes) => {
    if (SKIPPED.has(node.type)) return;
    const isBlock = BLOCKS.has(node.type);
    if (isBlock) flush();
    switch (node.type) {
      case 'text':
        current += node.value;
        break;
      case 'inlineCode':
      case 'code':
        // Isolated left to right, as the page's <code> is: a search passage is plain text, and
        // `git commit --fixup <hash>` inside Persian would show as `git <commit --fixup <hash`.
        current += `${LEFT_TO_RIGHT_ISOLATE}${node.value}${POP_DIRECTIONAL_ISOLATE}`;
        break;
      case 'image':
        current += ` ${node.alt ?? ''} `;
        break;
      case 'break':
        current += ' ';
        break;
      case 'heading':
        headings.push(headingText(node));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && VISIBLE_PROPS.has(attribute.name) && typeof attribute.value === 'string') {
            current += ` ${attribute.value} `;
            if (node.type === 'mdxJsxFlowElement') flush();
          }
        }
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (isBlock) flush();
  };
  walk(tree);
  flush();

  return { headings, text: blocks.join('\n') };
}

function headingText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return node.children.map((child) => headingText(child as Nodes)).join('').replace(/\s+/g, ' ').trim();
  return '';
}
