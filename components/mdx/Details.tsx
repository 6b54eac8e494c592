import type { ReactNode } from 'react';

/** Collapsible section: native <details>, so it needs no JavaScript and prints open. */
export function Details({ summary, children }: { summary?: string; children?: ReactNode }) {
  return (
    <details className="details">
      <summary>{summary}</summary>
      <div className="details-body">{children}</div>
    </details>
  );
}
