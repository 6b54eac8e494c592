/**
 * An arrow along the reading direction: `forward` points where the text goes (left in
 * Persian, right in English), `back` the other way. Drawn for left-to-right and mirrored by
 * the stylesheet (`.icon-directional:dir(rtl)`), so it turns with the text around it.
 */
export function DirectionIcon({ toward }: { toward: 'forward' | 'back' }) {
  return (
    <svg
      aria-hidden="true"
      className="icon-directional inline-block shrink-0"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {toward === 'forward' ? <path d="M5 12h14M13 6l6 6-6 6" /> : <path d="M19 12H5M11 6l-6 6 6 6" />}
    </svg>
  );
}
