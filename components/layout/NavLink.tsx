'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { isCurrentSection } from '@/lib/site-nav';

/**
 * A header link marked `aria-current="page"` where the reader is. A client component only for
 * the address, which a server layout cannot read without rendering every page per request:
 * it is rendered into each page's HTML at build time, so the mark is there before (and
 * without) any script, and the lean export (scripts/lean-export.ts) keeps it as it is.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname() ?? '/';
  return (
    <a href={href} className="site-nav-link" aria-current={isCurrentSection(href, pathname) ? 'page' : undefined}>
      {children}
    </a>
  );
}
