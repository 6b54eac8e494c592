import { SearchBox } from '@/components/search/SearchBox';
import { site } from '@/lib/site';
import type { NavSection } from '@/lib/site-nav';
import { uiText } from '@/lib/ui-text';
import { NavLink } from './NavLink';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader({ sections }: { sections: NavSection[] }) {
  return (
    <header className="border-b border-line print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <a href="/" className="inline-flex min-h-11 items-center whitespace-nowrap text-lg font-extrabold">
          {site.name}
        </a>
        {/*
          Focus follows the wide-screen order (name, sections, search, toggle). On phones the
          toggle stays beside the name, and search and the sections take a row each below.
        */}
        <nav aria-label={uiText.nav.mainLabel} className="-mx-2 w-full max-sm:order-3 sm:ms-auto sm:me-0 sm:w-auto">
          <ul className="flex flex-wrap text-[0.95rem]">
            {sections.map((section) => (
              <li key={section.href}>
                <NavLink href={section.href}>{section.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="max-sm:order-2 max-sm:w-full">
          <SearchBox />
        </div>
        <div className="max-sm:order-1">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
