import type { ComponentProps } from 'react';
import { KEPT_WHOLE_MAX_LENGTH } from '@/lib/content/mdx/rehype-code-punctuation';
import { hasPersian, splitPersianRuns } from '@/lib/persian/script-runs';

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
  // Persian words in code (`نام‌کاربری`) in Vazirmatn, as in code blocks (lib/content/mdx/options.ts).
  const children =
    typeof props.children === 'string' && hasPersian(props.children)
      ? splitPersianRuns(props.children).map((run, index) =>
          run.persian ? (
            <span key={index} lang="fa">
              {run.text}
            </span>
          ) : (
            run.text
          ),
        )
      : props.children;
  return (
    <code {...props} className={classes || undefined}>
      {children}
    </code>
  );
}
