'use client';

import { useState } from 'react';
import { uiText } from '@/lib/ui-text';

export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="share-link"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(url);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          setCopied(false);
        }
      }}
    >
      <span aria-live="polite">{copied ? uiText.article.linkCopied : uiText.article.copyLink}</span>
    </button>
  );
}
