'use client';

import { useRef, useState } from 'react';
import { uiText } from '@/lib/ui-text';

/** Copies the code of the surrounding code block. Works with keyboard (it is a real button). */
export function CopyButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const ref = useRef<HTMLButtonElement>(null);

  async function copy() {
    const code = ref.current?.closest('[data-code-block]')?.querySelector('pre code');
    const text = code instanceof HTMLElement ? code.innerText.replace(/\n$/, '') : '';
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  }

  return (
    <button
      ref={ref}
      type="button"
      onClick={copy}
      aria-label={uiText.code.copyLabel}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-xs text-muted hover:bg-line hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
    >
      <span aria-live="polite">{state === 'copied' ? uiText.code.copied : state === 'failed' ? uiText.code.failed : uiText.code.copy}</span>
    </button>
  );
}
