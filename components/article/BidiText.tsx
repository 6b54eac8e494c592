import { splitForIsolation } from '@/lib/persian/bidi';

/** Plain text (titles, summaries) with at-risk Latin tokens such as `O(n log n)` isolated. */
export function BidiText({ text }: { text: string }) {
  return <>{splitForIsolation(text).map((segment, index) => (segment.isolate ? <bdi key={index}>{segment.text}</bdi> : segment.text))}</>;
}
