import type { ReactNode } from 'react';
import { uiText } from '@/lib/ui-text';
import { CALLOUT_TYPES, type CalloutType } from '@/lib/content/mdx/remark-github-alerts';

const ICONS: Record<CalloutType, string> = { note: 'ℹ', tip: '✦', important: '❖', warning: '⚠', caution: '⛔' };

/** Note/tip/warning box: `<Callout type="tip" title="…">` in MDX, `> [!TIP]` in Markdown. */
export function Callout({ type, title, children }: { type?: string; title?: string; children?: ReactNode }) {
  const kind: CalloutType = CALLOUT_TYPES.includes(type as CalloutType) ? (type as CalloutType) : 'note';
  return (
    <aside className={`callout callout-${kind}`} data-callout={kind}>
      <p className="callout-title">
        <span aria-hidden="true">{ICONS[kind]}</span> {title || uiText.callout[kind]}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
