import { uiText } from '@/lib/ui-text';
import { CopyLinkButton } from './CopyLinkButton';

/** Share by plain links: no third-party scripts, nothing loaded until the reader clicks. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const targets = [
    { name: 'تلگرام', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'لینکدین', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'واتس‌اپ', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: uiText.article.email, href: `mailto:?subject=${t}&body=${u}` },
  ];
  return (
    <nav aria-label={uiText.article.share} className="flex flex-wrap items-center gap-2 print:hidden" data-testid="share">
      <span className="text-sm text-muted">{uiText.article.share}:</span>
      {targets.map((target) => (
        <a key={target.name} href={target.href} className="share-link" rel="noopener noreferrer" target="_blank">
          {target.name}
        </a>
      ))}
      <CopyLinkButton url={url} />
    </nav>
  );
}
