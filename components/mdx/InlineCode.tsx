import type { ComponentProps } from 'react';

/**
 * Short inline code (`git rebase -i`) must not break across lines: inside RTL text the two
 * halves of a wrapped LTR island land at opposite ends of two lines. Longer code may wrap,
 * so it never widens a phone screen.
 */
const NOWRAP_MAX_LENGTH = 32;

export function InlineCode({ className, ...props }: ComponentProps<'code'>) {
  const short = typeof props.children === 'string' && props.children.length <= NOWRAP_MAX_LENGTH;
  const classes = [className, short ? 'whitespace-nowrap' : undefined].filter(Boolean).join(' ');
  return <code {...props} className={classes || undefined} />;
}
