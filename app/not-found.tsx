import { DirectionIcon } from '@/components/layout/DirectionIcon';
import { uiText } from '@/lib/ui-text';

export default function NotFound() {
  return (
    <section className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-6xl font-black text-accent">۴۰۴</p>
      <h1 className="mt-4 text-2xl font-extrabold">{uiText.notFound.title}</h1>
      <p className="mt-3 text-muted-strong">{uiText.notFound.body}</p>
      <p className="mt-6">
        <a href="/" className="inline-flex min-h-11 items-center gap-2 text-accent underline underline-offset-4">
          <DirectionIcon toward="back" />
          {uiText.notFound.backHome}
        </a>
      </p>
    </section>
  );
}
