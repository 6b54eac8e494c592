import Link from 'next/link';
import { SearchBox } from '@/components/search/SearchBox';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

export function SiteHeader() {
  return (
    <header className="border-b border-line print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link prefetch={false} href="/" className="text-lg font-extrabold">
          {site.name}
        </Link>
        <nav aria-label={uiText.nav.mainLabel}>
          <ul className="flex gap-4 text-sm">
            <li>
              <Link prefetch={false} href="/">{uiText.nav.home}</Link>
            </li>
            <li>
              <Link prefetch={false} href="/tags/">{uiText.nav.tags}</Link>
            </li>
          </ul>
        </nav>
        <SearchBox />
      </div>
    </header>
  );
}
