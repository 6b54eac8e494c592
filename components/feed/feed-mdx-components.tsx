import type { MDXComponents } from 'mdx/types';
import { createElement, type ComponentProps, type HTMLAttributes, type ReactNode } from 'react';
import { CALLOUT_TYPES, type CalloutType } from '@/lib/content/mdx/remark-github-alerts';
import { uiText } from '@/lib/ui-text';

/**
 * The article body as a feed reader gets it: the same elements as the page, without what only
 * works on the site (copy buttons, heading anchors, the image optimiser, scroll boxes) and with
 * plain HTML that readers keep (`blockquote` for callouts). No client components: this is
 * rendered to a string at build time.
 */
function FeedHeading(Tag: 'h2' | 'h3' | 'h4') {
  function Heading({ id, children }: ComponentProps<'h2'>) {
    return <Tag id={id}>{children}</Tag>;
  }
  Heading.displayName = `FeedHeading(${Tag})`;
  return Heading;
}

type ImageProps = { src?: string; alt?: string; title?: string; width?: number | string; height?: number | string };

export function FeedImage({ src, alt, title, width, height }: ImageProps) {
  if (!src) return null;
  // Feed readers get a plain <img> with an absolute URL: next/image's srcset points at /_next/image.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={src} alt={alt ?? ''} title={title} width={width} height={height} loading="lazy" />;
}

function FeedLink({ href, children }: ComponentProps<'a'>) {
  return <a href={href}>{children}</a>;
}

function FeedCodeBlock({ children }: ComponentProps<'pre'>) {
  return (
    <pre dir="ltr" style={{ direction: 'ltr', textAlign: 'left' }}>
      {children}
    </pre>
  );
}

function FeedInlineCode({ children }: ComponentProps<'code'>) {
  return <code dir="ltr">{children}</code>;
}

/**
 * KaTeX writes each formula twice: MathML, which readers display, and HTML drawn by its
 * stylesheet, which a reader without it shows as a second, garbled copy. Code tokens carry
 * colours only as CSS variables the reader does not have.
 */
function FeedSpan({ className, style, children, ...props }: ComponentProps<'span'>) {
  if (className?.split(' ').includes('katex-html')) return null;
  const onlyVariables = style && Object.keys(style).every((key) => key.startsWith('--'));
  return (
    <span className={className} style={onlyVariables ? undefined : style} {...props}>
      {children}
    </span>
  );
}

/** The formula's MathML as it is: the page's version also links KaTeX's stylesheet, which a feed has no use for. */
function FeedMath(props: HTMLAttributes<HTMLElement>) {
  return createElement('math', props);
}

function FeedTable({ children }: ComponentProps<'table'>) {
  return <table>{children}</table>;
}

function FeedCallout({ type, title, children }: { type?: string; title?: string; children?: ReactNode }) {
  const kind: CalloutType = CALLOUT_TYPES.includes(type as CalloutType) ? (type as CalloutType) : 'note';
  return (
    <blockquote>
      <p>
        <strong>{title || uiText.callout[kind]}</strong>
      </p>
      {children}
    </blockquote>
  );
}

function FeedDetails({ summary, children }: { summary?: string; children?: ReactNode }) {
  // Shown open: many readers drop <details>, or its content with it.
  return (
    <div>
      <p>
        <strong>{summary}</strong>
      </p>
      {children}
    </div>
  );
}

function FeedFigure({
  src,
  alt,
  caption,
  width,
  height,
}: {
  src?: string;
  alt?: string;
  caption?: string;
  width?: string;
  height?: string;
}) {
  return (
    <figure>
      <FeedImage src={src} alt={alt ?? caption ?? ''} width={width} height={height} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}

/** Every key of the page's `mdxComponents` (a test checks), so each element an article uses has a feed form. */
export const feedMdxComponents: MDXComponents = {
  a: FeedLink,
  h2: FeedHeading('h2'),
  h3: FeedHeading('h3'),
  h4: FeedHeading('h4'),
  img: FeedImage,
  pre: FeedCodeBlock,
  code: FeedInlineCode,
  table: FeedTable,
  span: FeedSpan,
  math: FeedMath,
  callout: FeedCallout,
  Callout: FeedCallout,
  Details: FeedDetails,
  Figure: FeedFigure,
};
