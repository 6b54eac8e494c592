import { uiText } from '@/lib/ui-text';

/** Copies the article's address (lib/browser/copy-buttons.ts). */
export function CopyLinkButton({ url }: { url: string }) {
  return (
    <button type="button" className="share-link" data-copy="text" data-copy-text={url} data-copied={uiText.article.linkCopied}>
      <span aria-live="polite" data-copy-status="" suppressHydrationWarning>
        {uiText.article.copyLink}
      </span>
    </button>
  );
}
