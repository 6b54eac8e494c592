'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { isCurrentSection } from '@/lib/site-nav';

/**
 * A header link marked `aria-current="page"` where the reader is. A client component only for
 * the address: it is rendered into each page's HTML at build time, so the mark is there
 * before any script runs.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname() ?? '/';
  return (
    <Link prefetch={false} href={href} className="site-nav-link" aria-current={isCurrentSection(href, pathname) ? 'page' : undefined}>
      {children}
    </Link>
  );
}
