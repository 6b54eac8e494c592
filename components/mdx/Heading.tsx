import type { ComponentProps } from 'react';
import { uiText } from '@/lib/ui-text';

/** h2–h4 with a visible-on-hover anchor link to the section. */
export function headingWithAnchor(Tag: 'h2' | 'h3' | 'h4') {
  function Heading({ id, children, ...props }: ComponentProps<'h2'>) {
    if (!id) return <Tag {...props}>{children}</Tag>;
    return (
      <Tag id={id} {...props}>
        {children}
        {/* The "#" is drawn by CSS so it is not part of the heading's text (TOC, copy, screen readers). */}
        <a href={`#${id}`} className="heading-anchor" aria-label={uiText.article.headingAnchor(textOf(children))} />
      </Tag>
    );
  }
  Heading.displayName = `Heading(${Tag})`;
  return Heading;
}

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node as { props: { children?: unknown } }).props.children);
  return '';
}
