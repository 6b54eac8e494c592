/**
 * Copy buttons, by event delegation (they work in any markup added later too):
 * - `data-copy="code"` copies the code of its `[data-code-block]` (components/mdx/CopyButton.tsx);
 * - `data-copy="text"` copies its `data-copy-text` (the article's address, CopyLinkButton.tsx).
 * The button's `[data-copy-status]` (a polite live region) says `data-copied` or `data-failed`
 * for two seconds, then its own label again. The labels come from the markup (lib/ui-text.ts).
 */
export const COPY_BUTTON_SELECTOR = 'button[data-copy]';

const STATUS_SECONDS = 2;

/** The code a reader copies: as displayed, without the trailing newline of the last line. */
export function copiedCode(displayedText: string): string {
  return displayedText.replace(/\n$/, '');
}

function textToCopy(button: HTMLElement): string {
  if (button.dataset.copy === 'code') {
    const code = button.closest('[data-code-block]')?.querySelector('pre code');
    return code instanceof HTMLElement ? copiedCode(code.innerText) : '';
  }
  return button.dataset.copyText ?? '';
}

const idleLabels = new WeakMap<Element, string>();
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

function showStatus(button: HTMLElement, label: string | undefined): void {
  const status = button.querySelector('[data-copy-status]');
  if (!status || label === undefined) return;
  if (!idleLabels.has(status)) idleLabels.set(status, status.textContent ?? '');
  status.textContent = label;
  clearTimeout(timers.get(status));
  timers.set(
    status,
    setTimeout(() => {
      status.textContent = idleLabels.get(status) ?? '';
    }, STATUS_SECONDS * 1000),
  );
}

export function installCopyButtons(root: Document = document): void {
  root.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>(COPY_BUTTON_SELECTOR) : null;
    if (!button) return;
    try {
      await navigator.clipboard.writeText(textToCopy(button));
      showStatus(button, button.dataset.copied);
    } catch {
      showStatus(button, button.dataset.failed);
    }
  });
}
