import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { slugify } from '@/lib/persian/slug';
import { findShortcodeTags, pairShortcodes } from '../hugo/shortcodes/parse';
import { PLACEHOLDER_START, refTarget } from '../hugo/shortcodes/source';
import { PAGE_ELEMENT_IDS } from '../mdx/rehype-heading-ids';
import { decodeRouteParam } from '../posts';
import type { Diagnostic } from './diagnostic';
import { positionAt } from './diagnostic';
import { fileOffset, type ParsedArticle } from './parsed-body';

/** What the links of an article may point to: every article, its heading ids, and every tag. */
export interface LinkTargets {
  /** Article slug → its heading ids, and whether it is unpublished (a draft, or dated in the future). */
  posts: Map<string, { ids: readonly string[]; unpublished: boolean }>;
  /** Tag slugs (`slugify(tag)`). */
  tags: Set<string>;
  /** Old addresses of articles (Hugo `aliases`, `url`), which redirect to them. */
  aliases: Set<string>;
}

interface Article extends ParsedArticle {
  slug: string;
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
      ...positionAt(article.text, fileOffset(article, node.position?.start.offset ?? 0)),
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
      // A `ref` in the address is checked with the other refs (`refsToUnpublished`).
      if (target.unpublished && !article.unpublished && !fromShortcode(node)) {
        report(node, 'error', 'link-to-draft', draftMessage(url), DRAFT_FIX);
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

  function fromShortcode(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): boolean {
    const { start, end } = node.position ?? { start: {}, end: {} };
    return start.offset !== undefined && article.parsed.text.slice(start.offset, end.offset).includes(PLACEHOLDER_START);
  }

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

/** A published article must not show the address of an unpublished one: the page, feeds and search would link to a 404. */
const draftMessage = (url: string) => `link «${url}» points to a draft or scheduled article, which is not published: readers (and feeds, and search) would get a page that does not exist`;
const DRAFT_FIX = 'publish that article first, or add the link when it is out';

/**
 * Hugo `ref`/`relref` shortcodes of a published article that resolve (`post.refs`, from the
 * loader) to an unpublished article: the same leak as a plain link, in the link or as text.
 */
export function refsToUnpublished(article: Article & { body: string; refs: Readonly<Record<string, string>> }, targets: LinkTargets): Diagnostic[] {
  if (article.unpublished) return [];
  return pairShortcodes(article.body, findShortcodeTags(article.body))
    .filter((call) => call.name === 'ref' || call.name === 'relref')
    .flatMap((call) => {
      const target = refTarget(call);
      const url = target === undefined ? undefined : article.refs[target];
      const slug = url && POST_LINK.exec(url.split('#')[0]!)?.[1];
      if (!slug || !targets.posts.get(decodeRouteParam(slug))?.unpublished) return [];
      return [
        {
          file: article.file,
          ...positionAt(article.text, article.bodyOffset + call.open.start),
          severity: 'error',
          rule: 'link-to-draft',
          message: `Hugo \`${call.name}\` to «${target}»: ${draftMessage(url)}`,
          fix: DRAFT_FIX,
        } satisfies Diagnostic,
      ];
    });
}

/** Images without a text alternative: readers of screen readers (and slow networks) get nothing. */
export function imagesWithoutAlt(article: ParsedArticle, tree: Root): Diagnostic[] {
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
      ...positionAt(article.text, fileOffset(article, node.position?.start.offset ?? 0)),
      severity: 'warning',
      rule: 'image-alt',
      message: `image «${src}» has no alt text`,
      fix: `describe it between the brackets: ![what the image shows](${src})`,
    });
  });
  return found;
}
