import type { MDXComponents } from 'mdx/types';
import { ArticleImage } from './ArticleImage';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Details } from './Details';
import { Figure } from './Figure';
import { headingWithAnchor } from './Heading';
import { InlineCode } from './InlineCode';
import { MdxLink } from './MdxLink';
import { TableScroll } from './TableScroll';

/** Elements and components an article body may use (props are strings: MDX expressions are blocked). */
export const mdxComponents: MDXComponents = {
  a: MdxLink,
  h2: headingWithAnchor('h2'),
  h3: headingWithAnchor('h3'),
  h4: headingWithAnchor('h4'),
  img: ArticleImage,
  pre: CodeBlock,
  code: InlineCode,
  table: TableScroll,
  // `> [!NOTE]` alerts in Markdown arrive as <callout type="note">.
  callout: Callout,
  Callout,
  Details,
  Figure,
};
