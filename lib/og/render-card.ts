import sharp, { type OverlayOptions } from 'sharp';
import { splitForIsolation } from '@/lib/persian/bidi';
import { wrapLines } from './wrap-lines';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardFonts {
  /** Absolute paths of TrueType files (Pango reads them through fontconfig). */
  bold: string;
  regular: string;
  /** The family name inside those files. */
  family: string;
}

export interface CardTheme {
  text: string;
  accent: string;
  muted: string;
}

/** Light text over a darkened cover or a dark background. */
export const DARK_THEME: CardTheme = { text: '#ffffff', accent: '#8cc8ff', muted: '#d5dde8' };
/** Dark text on a light background. */
export const LIGHT_THEME: CardTheme = { text: '#14181f', accent: '#0b63b6', muted: '#4a5361' };

export interface CardInput {
  title: string;
  /** Small, above the title; the site's own card leaves it out (its title is the name). */
  siteName?: string;
  /** A short line at the bottom: the Jalali date of an article, the site's description. */
  footer?: string;
  /** An image file to fill the card with (cover-fit, darkened); without it, a drawn background. */
  coverFile?: string;
  theme: 'dark' | 'light';
  fonts: CardFonts;
}

const PADDING = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING;
/** Tried in turn until the title fits in three lines; the last one truncates with an ellipsis. */
const TITLE_SIZES = [68, 58, 50];
const TITLE_MAX_LINES = 3;
const TITLE_AREA = { top: 150, bottom: 515 };

interface TextImage {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * A social card (1200×630 JPEG at quality 85: a fifth of the PNG over a picture, text still
 * crisp; mozjpeg would save another third but doubles the time, and optimised Huffman tables
 * would save a sixth for a third of the card's CPU, which no reader downloads): site name,
 * title and footer right-aligned in Vazirmatn.
 * Text is shaped by Pango with HarfBuzz and ordered by FriBidi, so Persian letters join,
 * words run right to left and a ZWNJ keeps its non-joining break. Each line is drawn
 * separately with an explicit right-to-left base direction, as the page's `dir="rtl"`.
 */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const theme = input.theme === 'dark' ? DARK_THEME : LIGHT_THEME;
  const text = textRenderer(input.fonts);
  const layers: OverlayOptions[] = [];
  const rightAligned = (image: TextImage, top: number): OverlayOptions => ({
    input: image.data,
    raw: { width: image.width, height: image.height, channels: 4 },
    top: Math.round(top),
    left: Math.max(PADDING, CARD_WIDTH - PADDING - image.width),
  });

  if (input.siteName) layers.push(rightAligned(await text.line(input.siteName, 30, 'bold', theme.accent), 64));
  layers.push({ input: accentBar(theme.accent), top: 116, left: CARD_WIDTH - PADDING - 72 });

  const title = await layoutTitle(input.title, text, theme.text);
  const blockHeight = title.lines.length * title.lineHeight;
  const titleTop = TITLE_AREA.top + Math.max(0, (TITLE_AREA.bottom - TITLE_AREA.top - blockHeight) / 2);
  title.lines.forEach((line, index) => layers.push(rightAligned(line, titleTop + index * title.lineHeight)));

  if (input.footer) {
    const [footer] = (await text.wrap(input.footer, 28, 'regular', theme.muted, TEXT_WIDTH, 1)).images;
    if (footer) layers.push(rightAligned(footer, 540));
  }

  // One pipeline from the background's pixels to the JPEG: a cover's small blurred copy is
  // enlarged, lettered and encoded in a single pass, never held at full size in between.
  // Enlarged linearly: over a blurred picture it looks as Lanczos's (a mean difference of 0.06
  // in 255), and the card costs a fifth less CPU.
  const card = input.coverFile
    ? sharp(await coverBackground(input.coverFile), { raw: COVER_PIXELS }).resize(CARD_WIDTH, CARD_HEIGHT, { kernel: 'linear' })
    : sharp(await drawnBackground(input.theme), { raw: CARD_PIXELS });
  return card.composite(layers).jpeg({ quality: 85, chromaSubsampling: '4:4:4', optimiseCoding: false }).toBuffer();
}

async function layoutTitle(title: string, text: TextRenderer, color: string) {
  for (const [index, size] of TITLE_SIZES.entries()) {
    const last = index === TITLE_SIZES.length - 1;
    const { images, truncated } = await text.wrap(title, size, 'bold', color, TEXT_WIDTH, TITLE_MAX_LINES);
    if (!truncated || last) return { lines: images, lineHeight: Math.round(size * 1.55) };
  }
  throw new Error('unreachable');
}

type TextRenderer = ReturnType<typeof textRenderer>;

function textRenderer(fonts: CardFonts) {
  const cache = new Map<string, Promise<TextImage>>();
  const widths = new Map<string, Promise<number>>();

  function textOptions(content: string, size: number, weight: 'bold' | 'regular', color: string) {
    return {
      text: `<span foreground="${color}">${pangoMarkup(content)}</span>`,
      font: `${fonts.family}${weight === 'bold' ? ' Bold' : ''} ${size}`,
      fontfile: weight === 'bold' ? fonts.bold : fonts.regular,
      rgba: true,
      dpi: 72,
    };
  }

  function line(content: string, size: number, weight: 'bold' | 'regular', color: string): Promise<TextImage> {
    const key = `${size}|${weight}|${color}|${content}`;
    let image = cache.get(key);
    if (!image) {
      image = renderLine(content, size, weight, color);
      cache.set(key, image);
    }
    return image;
  }

  async function renderLine(content: string, size: number, weight: 'bold' | 'regular', color: string): Promise<TextImage> {
    const { data, info } = await sharp({ text: textOptions(content, size, weight, color) })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  /**
   * The width Pango lays a run out at, without drawing it: the layout alone costs a quarter of
   * drawing a word and a twentieth of drawing a title line, and wrapping measures every prefix.
   */
  function width(content: string, size: number, weight: 'bold' | 'regular'): Promise<number> {
    const key = `${size}|${weight}|${content}`;
    let measured = widths.get(key);
    if (!measured) {
      measured = sharp({ text: textOptions(content, size, weight, '#000000') })
        .metadata()
        .then((metadata) => metadata.width ?? 0);
      widths.set(key, measured);
    }
    return measured;
  }

  /** Lines of at most `maxWidth` pixels, as Pango measures them; only the lines kept are drawn. */
  async function wrap(content: string, size: number, weight: 'bold' | 'regular', color: string, maxWidth: number, maxLines: number) {
    const { lines, truncated } = await wrapLines(content, maxWidth, maxLines, (run) => width(run, size, weight));
    return { images: await Promise.all(lines.map((text) => line(text, size, weight, color))), truncated };
  }

  return { line, wrap };
}

/**
 * Pango markup for one line: escaped, with a right-to-left mark first so a line that starts
 * with a Latin word (`Git: …`) still reads right to left, and with Latin tokens that have
 * neutral edges (`C++`, `O(n log n)`) isolated, exactly as the page isolates them.
 */
export function pangoMarkup(line: string): string {
  const isolated = splitForIsolation(line)
    .map((segment) => (segment.isolate ? `\u2066${segment.text}\u2069` : segment.text))
    .join('');
  return `\u200f${isolated.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`;
}

function accentBar(color: string): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="72" height="6"><rect width="72" height="6" rx="3" fill="${color}"/></svg>`,
  );
}

/** Backgrounds are raw RGBA pixels of the card's size: no encoding between the steps. */
const CARD_PIXELS = { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } as const;

/**
 * Drawn once per process and reused by every card: rendering an SVG of the card's size costs
 * as much as encoding the card itself.
 */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/** A cover is blurred and shaded at a quarter of the card's size: enlarged, it looks the same. */
const COVER_PIXELS = { width: CARD_WIDTH / 4, height: Math.round(CARD_HEIGHT / 4), channels: 4 } as const;

async function coverBackground(file: string): Promise<Buffer> {
  // Blurred and darkened: the cover sets the mood, the title stays readable over any detail
  // (diagrams with digits and boxes compete with the letters otherwise).
  return sharp(file)
    .resize(COVER_PIXELS.width, COVER_PIXELS.height, { fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .blur(1.5)
    .ensureAlpha()
    .composite([{ input: await coverShade(), raw: COVER_PIXELS }])
    .raw()
    .toBuffer();
}

// Darkened most where the text is (the right side), so it reads on any picture.
const coverShade = once(() =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_PIXELS.width}" height="${COVER_PIXELS.height}">
    <defs><linearGradient id="s" x1="1" y1="0" x2="0" y2="0">
      <stop offset="0" stop-color="#0b0f16" stop-opacity="0.88"/><stop offset="1" stop-color="#0b0f16" stop-opacity="0.62"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#s)"/></svg>`),
  )
    .raw()
    .toBuffer(),
);

const drawnBackgrounds = { dark: once(() => drawBackground('dark')), light: once(() => drawBackground('light')) };

function drawnBackground(theme: 'dark' | 'light'): Promise<Buffer> {
  return drawnBackgrounds[theme]();
}

function drawBackground(theme: 'dark' | 'light'): Promise<Buffer> {
  const [from, to, ring] = theme === 'dark' ? ['#0f1b2d', '#17324f', '#6cb4ff'] : ['#f7f9fc', '#e6eef8', '#0b63b6'];
  return sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">
    <defs><linearGradient id="g" x1="1" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="90" cy="560" r="230" fill="none" stroke="${ring}" stroke-opacity="0.10" stroke-width="36"/>
    <circle cx="90" cy="560" r="120" fill="none" stroke="${ring}" stroke-opacity="0.08" stroke-width="24"/>
    <rect x="${CARD_WIDTH - 16}" width="16" height="${CARD_HEIGHT}" fill="${ring}" fill-opacity="0.85"/>
  </svg>`),
  )
    .ensureAlpha()
    .raw()
    .toBuffer();
}
