import sharp from 'sharp';
import { splitForIsolation } from '@/lib/persian/bidi';
import { blendOver, type RawPixels } from './blend-over';
import { estimateTextWidth, type WidthEstimate } from './text-width';
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

/**
 * A social card: site name, title and footer right-aligned in Vazirmatn on a 1200×630 JPEG.
 *
 * Quality 85 is a fifth of the PNG over a picture, with the text still crisp. mozjpeg would
 * save another third but doubles the time; optimised Huffman tables would save a sixth for a
 * third of the card's CPU, and no reader downloads a card. Colour is kept at half resolution
 * (4:2:0): the title and footer are neutral, and at three times the size the blue site name
 * shows no fringe, while the card is a fifth smaller and encodes in two thirds of the time.
 *
 * Text is shaped by Pango with HarfBuzz and ordered by FriBidi, so Persian letters join,
 * words run right to left and a ZWNJ keeps its non-joining break. Each line is drawn
 * separately with an explicit right-to-left base direction, as the page's `dir="rtl"`.
 */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const theme = input.theme === 'dark' ? DARK_THEME : LIGHT_THEME;
  const text = textRenderer(input.fonts);
  const layers: Array<{ image: RawPixels; top: number; left: number }> = [];
  const rightAligned = (image: RawPixels, top: number) =>
    layers.push({ image, top: Math.round(top), left: Math.max(PADDING, CARD_WIDTH - PADDING - image.width) });

  if (input.siteName) rightAligned(await text.line(input.siteName, 30, 'bold', theme.accent), 64);
  layers.push({ image: await accentBar(theme.accent), top: 116, left: CARD_WIDTH - PADDING - ACCENT_BAR.width });

  const title = await layoutTitle(input.title, text, theme.text);
  const blockHeight = title.lines.length * title.lineHeight;
  const titleTop = TITLE_AREA.top + Math.max(0, (TITLE_AREA.bottom - TITLE_AREA.top - blockHeight) / 2);
  title.lines.forEach((line, index) => rightAligned(line, titleTop + index * title.lineHeight));

  if (input.footer) {
    const [footer] = (await text.wrap(input.footer, 28, 'regular', theme.muted, TEXT_WIDTH, 1)).images;
    if (footer) rightAligned(footer, 540);
  }

  // The card's pixels as RGB in memory: the text is drawn over them in place (blendOver), and
  // one pass of sharp encodes them. A JPEG has no alpha: an RGBA card cost a third more to encode.
  const card = input.coverFile ? await coverBackground(input.coverFile) : Buffer.from(await drawnBackground(input.theme));
  const pixels = { data: card, width: CARD_WIDTH, height: CARD_HEIGHT };
  for (const { image, top, left } of layers) blendOver(pixels, image, top, left);
  return sharp(card, { raw: CARD_PIXELS }).jpeg({ quality: 85, chromaSubsampling: '4:2:0', optimiseCoding: false }).toBuffer();
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

type Weight = 'bold' | 'regular';

/** A cheap width and how far it may miss by, or undefined where it cannot tell. */
export type EstimateWidth = (content: string, size: number, fontFile: string) => WidthEstimate | undefined;

/** Exported for tests, which compare its lines with and without the estimate. */
export function textRenderer(fonts: CardFonts, estimate: EstimateWidth = estimateTextWidth) {
  const cache = new Map<string, Promise<RawPixels>>();
  const widths = new Map<string, Promise<number>>();
  const counts = { measuredByPango: 0 };

  function textOptions(content: string, size: number, weight: Weight, color: string) {
    return {
      text: `<span foreground="${color}">${pangoMarkup(content)}</span>`,
      font: `${fonts.family}${weight === 'bold' ? ' Bold' : ''} ${size}`,
      fontfile: weight === 'bold' ? fonts.bold : fonts.regular,
      rgba: true,
      dpi: 72,
    };
  }

  function line(content: string, size: number, weight: Weight, color: string): Promise<RawPixels> {
    const key = `${size}|${weight}|${color}|${content}`;
    let image = cache.get(key);
    if (!image) {
      image = renderLine(content, size, weight, color);
      cache.set(key, image);
    }
    return image;
  }

  async function renderLine(content: string, size: number, weight: Weight, color: string): Promise<RawPixels> {
    const { data, info } = await sharp({ text: textOptions(content, size, weight, color) })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  /** The width of the ink Pango draws a run with: exact, and as dear as drawing it (1–2.5 ms). */
  function width(content: string, size: number, weight: Weight): Promise<number> {
    const key = `${size}|${weight}|${content}`;
    let measured = widths.get(key);
    if (!measured) {
      counts.measuredByPango++;
      measured = sharp({ text: textOptions(content, size, weight, '#000000') })
        .metadata()
        .then((metadata) => metadata.width ?? 0);
      widths.set(key, measured);
    }
    return measured;
  }

  /**
   * Lines of at most `maxWidth` pixels, as Pango measures them; only the lines kept are drawn.
   * Wrapping only asks whether a run fits in `maxWidth`: where the estimate is further from it
   * than it can miss by, it gives Pango's answer, and Pango measures only the close calls.
   */
  async function wrap(content: string, size: number, weight: Weight, color: string, maxWidth: number, maxLines: number) {
    const fontFile = weight === 'bold' ? fonts.bold : fonts.regular;
    const measure = (run: string) => {
      const estimated = estimate(run, size, fontFile);
      const clear = estimated !== undefined && Math.abs(estimated.width - maxWidth) > estimated.uncertainty;
      return clear ? estimated.width : width(run, size, weight);
    };
    const { lines, truncated } = await wrapLines(content, maxWidth, maxLines, measure);
    return { lines, images: await Promise.all(lines.map((text) => line(text, size, weight, color))), truncated };
  }

  return { line, wrap, counts };
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

const ACCENT_BAR = { width: 72, height: 6 } as const;

const accentBars = new Map<string, () => Promise<RawPixels>>();

function accentBar(color: string): Promise<RawPixels> {
  let bar = accentBars.get(color);
  if (!bar) {
    bar = settledOnce(async () => ({
      ...ACCENT_BAR,
      data: await sharp(
        Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${ACCENT_BAR.width}" height="${ACCENT_BAR.height}"><rect width="${ACCENT_BAR.width}" height="${ACCENT_BAR.height}" rx="3" fill="${color}"/></svg>`,
        ),
      )
        .ensureAlpha()
        .raw()
        .toBuffer(),
    }));
    accentBars.set(color, bar);
  }
  return bar();
}

/** Backgrounds are raw RGB pixels of the card's size: no encoding between the steps. */
const CARD_PIXELS = { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } as const;

/**
 * Made once per process and reused by every card: rendering an SVG of the card's size costs
 * as much as encoding the card itself. The value is kept, not its promise, which would keep
 * the async context of the first page that asked (see lib/build/once-per-object.ts). A
 * failure is not kept: the callers waiting get it, and the next card tries again.
 */
function settledOnce<T>(make: () => Promise<T>): () => Promise<T> {
  let made: { value: T } | undefined;
  let pending: Promise<T> | undefined;
  return () => {
    if (made) return Promise.resolve(made.value);
    if (!pending) {
      pending = make();
      pending.then(
        (value) => {
          made = { value };
          pending = undefined;
        },
        () => {
          // The callers waiting get `pending` itself, rejection and all.
          pending = undefined;
        },
      );
    }
    return pending;
  };
}

/** A cover is blurred and shaded at a quarter of the card's size: enlarged, it looks the same. */
const COVER_PIXELS = { width: CARD_WIDTH / 4, height: Math.round(CARD_HEIGHT / 4), channels: 4 } as const;

async function coverBackground(file: string): Promise<Buffer> {
  // Blurred and darkened: the cover sets the mood, the title stays readable over any detail
  // (diagrams with digits and boxes compete with the letters otherwise).
  const small = await sharp(file)
    .resize(COVER_PIXELS.width, COVER_PIXELS.height, { fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .blur(1.5)
    .ensureAlpha()
    .composite([{ input: await coverShade(), raw: COVER_PIXELS }])
    .raw()
    .toBuffer();
  // Enlarged by repeating pixels, then given a Gaussian blur (σ 2 px) just enough to hide the
  // 4-pixel steps: over a blurred picture it looks as a linear enlargement does (a mean
  // difference of 0.1–0.2 in 255, at most 5), and libvips blurs faster than it interpolates.
  return sharp(small, { raw: COVER_PIXELS }).removeAlpha().resize(CARD_WIDTH, CARD_HEIGHT, { kernel: 'nearest' }).blur(2).raw().toBuffer();
}

// Darkened most where the text is (the right side), so it reads on any picture.
const coverShade = settledOnce(() =>
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

const drawnBackgrounds = { dark: settledOnce(() => drawBackground('dark')), light: settledOnce(() => drawBackground('light')) };

/** Shared by every card: a card draws over a copy. */
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
    .removeAlpha()
    .raw()
    .toBuffer();
}
