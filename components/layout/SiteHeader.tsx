import Link from 'next/link';
import { SearchBox } from '@/components/search/SearchBox';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

export function SiteHeader() {
  return (
    <header className="border-b border-line print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-4">
        <Link prefetch={false} href="/" className="whitespace-nowrap text-lg font-extrabold">
          {site.name}
        </Link>
        <nav aria-label={uiText.nav.mainLabel}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <li>
              <Link prefetch={false} href="/">{uiText.nav.home}</Link>
            </li>
            <li>
              <Link prefetch={false} href="/archive/">{uiText.headerNav.archive}</Link>
            </li>
            <li>
              <Link prefetch={false} href="/tags/">{uiText.nav.tags}</Link>
            </li>
            <li>
              <Link prefetch={false} href="/search/">{uiText.headerNav.search}</Link>
            </li>
          </ul>
        </nav>
        <SearchBox />
      </div>
    </header>
  );
}
