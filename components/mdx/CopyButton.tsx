import { uiText } from '@/lib/ui-text';

/**
 * Copies the code of the surrounding code block (lib/browser/copy-buttons.ts). Works with the
 * keyboard (it is a real button). The status span changes under the script's hand, so React
 * is told not to mind when it hydrates after a click.
 */
export function CopyButton() {
  return (
    <button
      type="button"
      data-copy="code"
      data-copied={uiText.code.copied}
      data-failed={uiText.code.failed}
      aria-label={uiText.code.copyLabel}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-xs text-muted hover:bg-line hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
    >
      <span aria-live="polite" data-copy-status="" suppressHydrationWarning>
        {uiText.code.copy}
      </span>
    </button>
  );
}
