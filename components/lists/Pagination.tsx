import { DirectionIcon } from '@/components/layout/DirectionIcon';
import { listPagePath, type ListPage } from '@/lib/content/pagination';
import { toPersianDigits } from '@/lib/persian/digits';
import { uiText } from '@/lib/ui-text';

/**
 * «نوشته‌های تازه‌تر» / «نوشته‌های قدیمی‌تر» under a list. Newer sits at the start (right in
 * RTL) with an arrow pointing there, older at the end with its arrow pointing left (the
 * icons turn with the text direction).
 * The `<link rel>`s are hoisted into <head> by React 19.
 */
const linkClass =
  'inline-flex min-h-11 items-center gap-1 whitespace-nowrap rounded-lg border border-line px-3 py-1.5 hover:border-accent hover:text-accent';

export function Pagination({ page, basePath }: { page: ListPage<unknown>; basePath: string }) {
  if (page.totalPages <= 1) return null;
  const newer = page.newer ? listPagePath(basePath, page.newer) : undefined;
  const older = page.older ? listPagePath(basePath, page.older) : undefined;
  return (
    <nav
      aria-label={uiText.pagination.label}
      className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-6 text-sm sm:grid sm:grid-cols-[1fr_auto_1fr] print:hidden"
      data-testid="pagination"
    >
      {newer ? <link rel="prev" href={newer} /> : null}
      {older ? <link rel="next" href={older} /> : null}
      {/* On a phone the page number takes its own row, so both links fit on one line. */}
      <p className="w-full text-center text-muted sm:order-2 sm:w-auto">
        {uiText.pagination.pageOf(toPersianDigits(page.number), toPersianDigits(page.totalPages))}
      </p>
      <div className="sm:order-1">
        {newer ? (
          <a href={newer} rel="prev" className={linkClass}>
            <DirectionIcon toward="back" />
            {uiText.pagination.newer}
          </a>
        ) : null}
      </div>
      <div className="sm:order-3 sm:justify-self-end">
        {older ? (
          <a href={older} rel="next" className={linkClass}>
            {uiText.pagination.older}
            <DirectionIcon toward="forward" />
          </a>
        ) : null}
      </div>
    </nav>
  );
}
