import type { ComponentProps } from 'react';
import { KEPT_WHOLE_MAX_LENGTH } from '@/lib/content/mdx/rehype-code-punctuation';

/**
 * Short inline code (`git rebase -i`) must not break across lines: inside RTL text the two
 * halves of a wrapped LTR island land at opposite ends of two lines. An inline block keeps it
 * whole (it moves to the next line as one piece), and only code wider than the whole line, as
 * on a 320 px phone, wraps inside its own box rather than widening the page. Longer code may
 * wrap as ordinary text.
 */
export function InlineCode({ className, ...props }: ComponentProps<'code'>) {
  const short = typeof props.children === 'string' && props.children.length <= KEPT_WHOLE_MAX_LENGTH;
  const classes = [className, short ? 'inline-block max-w-full' : undefined].filter(Boolean).join(' ');
  return <code {...props} className={classes || undefined} />;
}
