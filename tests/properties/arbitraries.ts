import fc from 'fast-check';

/**
 * Text as authors and hostile inputs write it: Persian letters and their Arabic look-alikes,
 * ZWNJ and other joiners, bidi controls, both digit sets, Latin, punctuation Persian and ASCII,
 * Markdown and HTML syntax, whitespace of every kind, and now and then any Unicode code point
 * (astral, unpaired surrogates included).
 */
const PIECES = [
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإؤئءةۀ',
  ...'يىكة', // Arabic forms
  ...'۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789',
  ...'abcXYZ',
  '\u200C', // ZWNJ
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u064B', // tashkeel
  '\u0640', // tatweel
  ...' \t\n\u00A0\u2028',
  ...'،؛؟!?.,:;«»"\'()[]{}<>/\\-_+#*`~|&%=',
  'می ',
  ' ها',
  'های',
  'C++',
  'C#',
  'Node.js',
  '</script>',
  ']]>',
  '```',
  '---',
  '%2e%2e',
  '..',
];

export const authorText = (maxLength = 60) =>
  fc
    .array(
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }),
      { maxLength },
    )
    .map((parts) => parts.join(''));
