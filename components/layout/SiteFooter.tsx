import { formatJalaliYear } from '@/lib/persian/jalali-year';
import { sitePaths } from '@/lib/seo/absolute-url';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

/** Rendered at build time: the year is the build's, on Iran's clock. The about link only where the page exists. */
export function SiteFooter({ hasAboutPage }: { hasAboutPage: boolean }) {
  return (
    <footer className="mt-16 border-t border-line print:hidden" aria-label={uiText.siteFooter.label}>
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-6 text-sm text-muted sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <p className="font-bold text-muted-strong" data-testid="copyright">
            {uiText.siteFooter.copyright(formatJalaliYear(new Date()), site.name)}
          </p>
          <p>{uiText.footer.builtWith}</p>
          <p>{uiText.footer.fontCredit}</p>
        </div>
        <ul className="flex flex-wrap gap-x-2">
          <li>
            <a href={sitePaths.rss} className="footer-link" type="application/rss+xml" title={uiText.siteFooter.feedHint}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="currentColor">
                <circle cx="5" cy="19" r="2.2" />
                <path d="M3 10.5a10.5 10.5 0 0 1 10.5 10.5h-3A7.5 7.5 0 0 0 3 13.5zM3 3.5A17.5 17.5 0 0 1 20.5 21h-3A14.5 14.5 0 0 0 3 6.5z" />
              </svg>
              {uiText.siteFooter.feed}
            </a>
          </li>
          {hasAboutPage ? (
            <li>
              <a href="/about/" className="footer-link">
                {uiText.siteFooter.about}
              </a>
            </li>
          ) : null}
        </ul>
      </div>
    </footer>
  );
}
