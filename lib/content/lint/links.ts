import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { slugify } from '@/lib/persian/slug';
import { PAGE_ELEMENT_IDS } from '../mdx/rehype-heading-ids';
import { decodeRouteParam } from '../posts';
import type { Diagnostic } from './diagnostic';
import { positionAt } from './diagnostic';

/** What the links of an article may point to: every article, its heading ids, and every tag. */
export interface LinkTargets {
  /** Article slug → its heading ids, and whether it is unpublished (a draft, or dated in the future). */
  posts: Map<string, { ids: readonly string[]; unpublished: boolean }>;
  /** Tag slugs (`slugify(tag)`). */
  tags: Set<string>;
  /** Old addresses of articles (Hugo `aliases`, `url`), which redirect to them. */
  aliases: Set<string>;
}

interface Article {
  file: string;
  slug: string;
  text: string;
  bodyOffset: number;
  /** A draft or scheduled article may link to other unpublished ones. */
  unpublished: boolean;
}

const POST_LINK = /^\/posts\/([^/?#]+)\/?$/;
const TAG_LINK = /^\/tags\/([^/?#]+)\/?$/;

function hasId(ids: readonly string[], fragment: string): boolean {
  // Footnotes (`user-content-fn-1`) and the page's own landmarks are anchors too.
  return ids.includes(fragment) || fragment.startsWith('user-content-') || Object.values(PAGE_ELEMENT_IDS).includes(fragment as never);
}

/**
 * Internal links that would 404 or land nowhere: `/posts/<slug>/` to an article that does not
 * exist (or written in a form the route does not answer, e.g. with a ZWNJ instead of `-`),
 * `/tags/<tag>/` no article has, and `#heading` / `/posts/x/#heading` with no such heading.
 */
export function brokenLinks(article: Article, tree: Root, targets: LinkTargets): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (node: { position?: { start: { offset?: number } } }, severity: Diagnostic['severity'], rule: string, message: string, fix: string) =>
    found.push({
      file: article.file,
      ...positionAt(article.text, article.bodyOffset + (node.position?.start.offset ?? 0)),
      severity,
      rule,
      message,
      fix,
    });

  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = node.url;
    if (!url.startsWith('/') || url.startsWith('//')) {
      if (url.startsWith('#')) checkFragment(node, article.slug, url.slice(1), url);
      return;
    }
    const [pathPart = '', fragment] = url.split('#', 2);
    const path = pathPart.split('?')[0]!;
    const decodedPath = decodeRouteParam(path);
    if (targets.aliases.has(decodedPath) || targets.aliases.has(`${decodedPath}/`)) return;
    const postMatch = POST_LINK.exec(path);
    if (postMatch) {
      const written = decodeRouteParam(postMatch[1]!);
      const target = targets.posts.get(written);
      if (!target) {
        const meant = slugify(written);
        if (targets.posts.has(meant)) {
          report(node, 'error', 'broken-link', `link «${url}» does not match the article's address /posts/${meant}/`, `link to /posts/${meant}/ (a ZWNJ or space in an address is written \`-\`)`);
        } else {
          report(node, 'error', 'broken-link', `link «${url}»: no article has the address /posts/${written}/`, 'check the article\'s folder or file name (or its `slug:`), or remove the link');
        }
        return;
      }
      if (target.unpublished && !article.unpublished) {
        report(node, 'warning', 'link-to-draft', `link «${url}» points to a draft or scheduled article, which is not published yet`, 'publish that article first, or add the link when it is out');
      }
      if (fragment !== undefined && fragment !== '') checkFragment(node, written, fragment, url);
      return;
    }
    const tagMatch = TAG_LINK.exec(path);
    if (tagMatch) {
      const written = decodeRouteParam(tagMatch[1]!);
      if (targets.tags.has(written)) return;
      const meant = slugify(written);
      if (targets.tags.has(meant)) {
        report(node, 'error', 'broken-link', `link «${url}» does not match the tag's address /tags/${meant}/`, `link to /tags/${meant}/`);
      } else {
        report(node, 'error', 'broken-link', `link «${url}»: no article has the tag «${written}»`, 'check the tag\'s spelling against the articles\' `tags:`');
      }
    }
  });

  function checkFragment(node: { position?: { start: { offset?: number } } }, slug: string, rawFragment: string, url: string) {
    const ids = targets.posts.get(slug)?.ids ?? [];
    const fragment = decodeRouteParam(rawFragment);
    if (fragment === '' || hasId(ids, fragment)) return;
    const meant = slugify(fragment);
    const fix = ids.includes(meant)
      ? `write #${meant} (heading ids write a ZWNJ or space as \`-\`)`
      : ids.length > 0
        ? `use the id of an existing heading, e.g. #${ids[0]}`
        : 'the article has no headings to link to';
    report(node, 'error', 'broken-anchor', `link «${url}»: no heading with the id «${fragment}»`, fix);
  }
  return found;
}

/** Images without a text alternative: readers of screen readers (and slow networks) get nothing. */
export function imagesWithoutAlt(article: Pick<Article, 'file' | 'text' | 'bodyOffset'>, tree: Root): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(tree, (node) => {
    let src: string;
    if (node.type === 'image' || node.type === 'imageReference') {
      if ((node.alt ?? '').trim() !== '') return;
      src = node.type === 'image' ? node.url : node.identifier;
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const prop = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const alt = prop('alt');
      if (typeof alt === 'string' && alt.trim() !== '') return;
      src = typeof prop('src') === 'string' ? (prop('src') as string) : '';
    } else return;
    found.push({
      file: article.file,
      ...positionAt(article.text, article.bodyOffset + (node.position?.start.offset ?? 0)),
      severity: 'warning',
      rule: 'image-alt',
      message: `image «${src}» has no alt text`,
      fix: `describe it between the brackets: ![what the image shows](${src})`,
    });
  });
  return found;
}
