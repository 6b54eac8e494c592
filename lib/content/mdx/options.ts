import rehypeKatex from 'rehype-katex';
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { ShikiTransformer } from 'shiki';
import type { ElementContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { PluggableList } from 'unified';
import { toPersianDigits } from '@/lib/persian/digits';
import { hasPersian, splitPersianRuns } from '@/lib/persian/script-runs';
import { uiText } from '@/lib/ui-text';
import { remarkHeadingAttributes } from '../hugo/heading-attributes';
import { plainTextOfTree, type ArticlePlainText } from '../plain-text';
import { remarkHugoShortcodes } from '../hugo/shortcodes/remark';
import type { PlacedShortcode } from '../hugo/shortcodes/source';
import type { CompilableArticle } from '../loader';
import type { BodyProblem } from '../problems';
import { rehypeArticleImages } from './rehype-article-images';
import { rehypeCodePunctuation } from './rehype-code-punctuation';
import { rehypeDemoteHeadings } from './rehype-demote-headings';
import { rehypeHeadingIds, type TocEntry } from './rehype-heading-ids';
import { rehypeIsolateLatin } from './rehype-isolate-latin';
import { rehypePersianFootnotes } from './rehype-persian-footnotes';
import { rehypeSafeLinkTargets } from './rehype-safe-link-targets';
import { rehypeScrollableMath } from './rehype-scrollable-math';
import { rehypeTaskListLabels } from './rehype-task-list-labels';
import { remarkGithubAlerts } from './remark-github-alerts';
import { remarkComponentRules } from './remark-component-rules';
import { remarkParseErrorPosition, type ParseErrorPosition } from './remark-parse-error-position';
import { remarkUnclosedFences } from './remark-unclosed-fences';

/** What compiling one article reports besides its content. */
export interface CompileReport {
  toc: TocEntry[];
  /** Problems found while compiling (missing images, unknown components), with body positions. */
  problems: BodyProblem[];
  /** Body position where parsing failed, when the body is not valid Markdown/MDX. */
  syntaxError?: ParseErrorPosition;
  /** The Markdown tree after the remark plugins, for `npm run check` (links, typography). */
  mdast?: MdastRoot;
  /** The reading text of that tree, for search. */
  plainText?: ArticlePlainText;
  /** Ids of every heading (h1–h6), for checking `#anchor` links. */
  headingIds?: string[];
}

/**
 * Shiki stops tokenizing a line after 500 ms by default and colours the rest of it as the last
 * token: on a busy build machine the first highlighted line (while the grammar warms up) can
 * pass that, and the wrong colours would then be kept in the compile cache. No limit: the
 * output depends on the code only (rehype-pretty-code does not pass Shiki's option through).
 */
export const tokenizeWithoutTimeLimit: ShikiTransformer = {
  name: 'tokenize-without-time-limit',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};

/**
 * Persian in code (comments, strings) set in the article's Vazirmatn instead of whichever
 * system font first has Arabic letters (on phones, a Naskh face unlike the prose around it):
 * each run of Persian words in a token gets `lang="fa"`, which the stylesheet gives Vazirmatn,
 * the font files the page has already loaded. Code around it keeps the monospace face.
 */
export const persianInCode: ShikiTransformer = {
  name: 'persian-in-code',
  span(hast, _line, _column, _lineElement, token) {
    if (!hasPersian(token.content)) return;
    hast.children = splitPersianRuns(token.content).map((run): ElementContent =>
      run.persian
        ? { type: 'element', tagName: 'span', properties: { lang: 'fa' }, children: [{ type: 'text', value: run.text }] }
        : { type: 'text', value: run.text },
    );
  },
};

const prettyCodeOptions: PrettyCodeOptions = {
  // Both themes are emitted as CSS variables; the stylesheet picks one per colour scheme.
  // Chosen so every token keeps WCAG AA contrast (4.5:1) on the block background, also on
  // highlighted lines; github-light/github-dark grey their comments to 3.6–4.4:1.
  theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
  keepBackground: false,
  defaultLang: { block: 'plaintext' },
  transformers: [tokenizeWithoutTimeLimit, persianInCode],
};

/**
 * The one Markdown/MDX pipeline. `.md` is compiled as CommonMark (a stray `<` or `{` is text),
 * `.mdx` as MDX; next-mdx-remote's JS-blocking protections stay on for both.
 */
export function createMdxOptions(
  post: Pick<CompilableArticle, 'format' | 'imageContext' | 'cover'>,
  report: CompileReport,
  componentNames: readonly string[],
  /** Hugo shortcodes found by `prepareHugoSource`, whose placeholders are in the source. */
  shortcodes: readonly PlacedShortcode[] = [],
) {
  const remarkPlugins: PluggableList = [
    [remarkParseErrorPosition, { found: (position: ParseErrorPosition) => (report.syntaxError = position) }],
    remarkGfm,
    remarkMath,
    // Hugo first, so the components they make are checked like any other below.
    ...(post.format === 'md' ? [remarkHeadingAttributes] : []),
    [remarkHugoShortcodes, { shortcodes }],
    remarkGithubAlerts,
    [remarkComponentRules, { names: componentNames, problems: report.problems }],
    [remarkUnclosedFences, { problems: report.problems }],
    () => (tree: MdastRoot) => {
      report.mdast = tree;
      report.plainText = plainTextOfTree(tree);
    },
  ];
  const rehypePlugins: PluggableList = [
    [rehypeArticleImages, { context: post.imageContext, coverFile: post.cover?.file, problems: report.problems }],
    rehypeDemoteHeadings,
    [rehypeHeadingIds, { toc: report.toc, ids: (report.headingIds ??= []), problems: report.problems }],
    [rehypePrettyCode, prettyCodeOptions],
    [rehypeKatex, { output: 'htmlAndMathml', throwOnError: false, strict: 'ignore' }],
    rehypeScrollableMath,
    rehypeIsolateLatin,
    rehypeCodePunctuation,
    rehypePersianFootnotes,
    rehypeTaskListLabels,
    rehypeSafeLinkTargets,
  ];
  return {
    format: post.format,
    remarkPlugins,
    rehypePlugins,
    remarkRehypeOptions: {
      footnoteLabel: uiText.article.footnotes,
      footnoteLabelTagName: 'h2',
      // A visible heading (the default is screen-reader-only): readers scan for sources.
      footnoteLabelProperties: { className: ['footnotes-title'] },
      footnoteBackContent: '↑',
      footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
        uiText.article.footnoteBack(
          toPersianDigits(referenceIndex + 1) + (rereferenceIndex > 1 ? `-${toPersianDigits(rereferenceIndex)}` : ''),
        ),
    },
  };
}
