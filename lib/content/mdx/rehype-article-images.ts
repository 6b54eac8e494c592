import type { Element, Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { resolveArticleImage, type ImageContext } from '../images';
import type { BodyProblem } from '../problems';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** JSX components whose `src` is an article image. */
const IMAGE_COMPONENTS = new Set(['Figure', 'img']);

/**
 * Resolves every image the body refers to (Markdown `![](…)`, `<Figure src>`) to its served URL
 * and intrinsic size, so pages reserve space (no layout shift) and a missing file is a
 * build error with its line, never a broken picture. A leading image that repeats the cover
 * (PaperMod articles often start with one) is dropped: the page already shows the cover.
 */
export function rehypeArticleImages(options: { context: ImageContext; coverFile?: string; problems: BodyProblem[] }) {
  return (tree: Root) => {
    dropLeadingCoverImage(tree, options);
    visit(tree, (node) => {
      if (node.type === 'element' && (node as Element).tagName === 'img') {
        const element = node as Element;
        const src = typeof element.properties.src === 'string' ? element.properties.src : '';
        const resolved = resolve(src, element, options);
        if (resolved) {
          element.properties.src = resolved.src;
          element.properties.width = resolved.width;
          element.properties.height = resolved.height;
          const dark = darkVariant(src, options.context);
          if (dark) element.properties.darkSrc = dark;
        }
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && IMAGE_COMPONENTS.has((node as JsxElement).name ?? '')) {
        const element = node as JsxElement;
        const srcAttribute = element.attributes.find(
          (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src',
        );
        const src = typeof srcAttribute?.value === 'string' ? srcAttribute.value : '';
        const resolved = resolve(src, element, options);
        if (!resolved || !srcAttribute) return;
        srcAttribute.value = resolved.src;
        element.attributes = element.attributes.filter(
          (attribute) => attribute.type !== 'mdxJsxAttribute' || (attribute.name !== 'width' && attribute.name !== 'height'),
        );
        element.attributes.push(
          { type: 'mdxJsxAttribute', name: 'width', value: String(resolved.width) },
          { type: 'mdxJsxAttribute', name: 'height', value: String(resolved.height) },
        );
        const dark = darkVariant(src, options.context);
        if (dark) element.attributes.push({ type: 'mdxJsxAttribute', name: 'darkSrc', value: dark });
      }
    });
  };
}

/**
 * The convention for images drawn for both schemes: `diagram.svg` has its dark-scheme twin
 * beside it as `diagram-dark.svg` (same size). Its URL, when it exists.
 */
export function darkVariant(src: string, context: ImageContext): string | undefined {
  const dot = src.lastIndexOf('.');
  if (dot <= 0 || /-dark$/.test(src.slice(0, dot))) return undefined;
  const resolution = resolveArticleImage(`${src.slice(0, dot)}-dark${src.slice(dot)}`, context);
  return resolution.ok ? resolution.image.src : undefined;
}

function resolve(src: string, node: { position?: Element['position'] }, options: Parameters<typeof rehypeArticleImages>[0]) {
  const where = { line: node.position?.start.line, column: node.position?.start.column };
  if (!src) {
    options.problems.push({ ...where, reason: 'image has no `src`', fix: 'give the image file name, e.g. `![توضیح](diagram.png)`' });
    return undefined;
  }
  const resolution = resolveArticleImage(src, options.context);
  if (!resolution.ok) {
    options.problems.push({ ...where, reason: resolution.reason, fix: resolution.fix });
    return undefined;
  }
  return resolution.image;
}

function dropLeadingCoverImage(tree: Root, options: Parameters<typeof rehypeArticleImages>[0]) {
  if (!options.coverFile) return;
  const index = tree.children.findIndex((child) => !(child.type === 'text' && child.value.trim() === ''));
  const first = tree.children[index];
  if (!first || first.type !== 'element' || first.tagName !== 'p') return;
  const content = first.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const image = content[0];
  if (content.length !== 1 || image?.type !== 'element' || image.tagName !== 'img') return;
  const src = typeof image.properties.src === 'string' ? image.properties.src : '';
  const resolution = resolveArticleImage(src, options.context);
  if (resolution.ok && resolution.image.file === options.coverFile) tree.children.splice(index, 1);
}

