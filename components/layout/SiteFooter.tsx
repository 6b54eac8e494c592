import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line print:hidden">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-muted">
        <p>{site.name}</p>
        <p>{uiText.footer.builtWith}</p>
        <p>{uiText.footer.fontCredit}</p>
      </div>
    </footer>
  );
}
