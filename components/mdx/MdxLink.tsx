import type { ComponentProps } from 'react';

/** Links in articles: URLs shown as text are LTR; external links open safely. */
export function MdxLink({ href = '', children, ...props }: ComponentProps<'a'>) {
  const external = /^https?:\/\//.test(href);
  const showsUrl = typeof children === 'string' && /^(https?:\/\/|www\.)/.test(children);
  return (
    <a href={href} {...props} {...(external ? { rel: 'noopener noreferrer' } : {})} {...(showsUrl ? { dir: 'ltr' } : {})}>
      {children}
    </a>
  );
}
