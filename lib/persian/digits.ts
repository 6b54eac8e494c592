const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;
const ASCII_ZERO = 0x30;

/**
 * Digit-by-digit substitution for short UI strings ("۳ مقاله", "صفحه ۲").
 *
 * It does not add grouping or a Persian decimal separator; for quantities use
 * formatPersianNumber. Never run it over technical text: version numbers and
 * identifiers (`Node.js 20`, `v1.2.3`) must keep ASCII digits.
 */
export function toPersianDigits(input: string | number): string {
  return String(input).replace(/[0-9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0);
    const value = code <= 0x39 ? code - ASCII_ZERO : code - ARABIC_INDIC_ZERO;
    return String.fromCharCode(PERSIAN_ZERO + value);
  });
}

/**
 * Inverse of toPersianDigits, so user input typed on a Persian or Arabic
 * keyboard can be handed to Number() / parseInt(), which only read ASCII.
 */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String.fromCharCode(ASCII_ZERO + code - zero);
  });
}

// Constructing an Intl formatter is far more expensive than calling it, and
// this runs once per number on every page at build time.
const numberFormat = new Intl.NumberFormat('fa-IR', { numberingSystem: 'arabext' });

/**
 * Locale-correct number: Persian digits, Persian thousands separator (٬) and
 * decimal separator (٫). Negative numbers come out as LRM (U+200E) + MINUS
 * SIGN (U+2212) + digits, because that is what ICU's fa-IR data emits: code
 * that compares or parses the result must not expect an ASCII '-'.
 */
export function formatPersianNumber(n: number): string {
  return numberFormat.format(n);
}
