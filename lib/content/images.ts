import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { urlScheme, isUnsafeUrl } from './mdx/unsafe-url';

/** Image types served from article folders, with their media types. Nothing else in content/ is exposed. */
export const IMAGE_MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};
export const IMAGE_EXTENSIONS: readonly string[] = Object.keys(IMAGE_MEDIA_TYPES);

export interface ArticleImage {
  /** URL path the page uses, e.g. `/posts/<slug>/chat-bot.jpg`. */
  src: string;
  width: number;
  height: number;
  /** Absolute path of the file on disk. */
  file: string;
}

export interface ImageContext {
  slug: string;
  /** Folder of the article file. */
  articleDir: string;
  /** Page-bundle folder (`content/posts/<name>/`), absent for single-file articles. */
  bundleDir?: string;
  postsDir: string;
  contentDir: string;
  publicDir: string;
}

export type ImageResolution = { ok: true; image: ArticleImage } | { ok: false; reason: string; fix: string };

/**
 * Resolves an image reference the way Hugo authors write them: relative to the article
 * (`chat-bot.jpg`), or relative to the posts folder (`my-post/chat-bot.jpg`, PaperMod's cover
 * form), or an absolute path into `public/`.
 */
export function resolveArticleImage(reference: string, context: ImageContext): ImageResolution {
  const ref = reference.trim();
  // (A `data:` image is refused below with the other addresses that are not files beside the article.)
  if (isUnsafeUrl(ref) && urlScheme(ref) !== 'data') {
    return {
      ok: false,
      reason: `image «${ref.slice(0, 40)}» is a \`${urlScheme(ref)}:\` address, which could run code or hide content`,
      fix: 'save the image as a file beside the article (in its folder) and refer to it by file name',
    };
  }
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) {
    return {
      ok: false,
      reason: `image «${ref}» is loaded from another site, which readers on slow or filtered networks may never get`,
      fix: 'save the image beside the article (in its folder) and refer to it by file name',
    };
  }
  const cleanRef = safeDecode(ref.replace(/[?#].*$/, ''));

  if (cleanRef.startsWith('/')) {
    const file = path.join(/* turbopackIgnore: true */ context.publicDir, cleanRef);
    if (!isInside(file, context.publicDir) || !isFile(file)) {
      const result = missing(ref, [file], context);
      // An address from the site's root is where Hugo served its `static/` folder.
      return result.ok ? result : { ...result, fix: "copy Hugo's `static/` folder into `public/` (this image belongs at " + `public${cleanRef}), or put the image beside the article and write its file name` };
    }
    if (!isRealFileInside(file, context.publicDir)) return linkedOutside(ref);
    return measured(cleanRef, file, ref);
  }

  const candidates = [path.resolve(/* turbopackIgnore: true */ context.articleDir, cleanRef), path.resolve(/* turbopackIgnore: true */ context.postsDir, cleanRef)];
  const file = candidates.find((candidate) => isInside(candidate, context.contentDir) && isFile(candidate));
  if (!file) {
    // PaperMod sites often keep covers in Hugo's static/ folder (`images/x.jpg`): public/ here.
    const inPublic = path.join(/* turbopackIgnore: true */ context.publicDir, cleanRef);
    if (isInside(inPublic, context.publicDir) && isFile(inPublic)) {
      if (!isRealFileInside(inPublic, context.publicDir)) return linkedOutside(ref);
      return measured(`/${cleanRef.split(path.sep).join('/')}`, inPublic, ref);
    }
    if (candidates.some((candidate) => !isInside(candidate, context.contentDir) && isFile(candidate))) {
      return {
        ok: false,
        reason: `image «${ref}» points outside content/, which is never published`,
        fix: 'put the image beside the article and refer to it by file name',
      };
    }
    return missing(ref, candidates, context);
  }

  if (!IMAGE_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
    return {
      ok: false,
      reason: `«${ref}» is not an image this site serves`,
      fix: `use one of ${IMAGE_EXTENSIONS.join(' ')}`,
    };
  }
  if (!context.bundleDir || !isInside(file, context.bundleDir)) {
    return {
      ok: false,
      reason: `image «${ref}» is outside the article's own folder`,
      fix: context.bundleDir
        ? `move the image into ${shownPath(context.bundleDir, context)}/`
        : 'turn the article into a page bundle: move `<slug>.md` to `<slug>/index.md` and put the image beside it',
    };
  }
  // Only real files are copied into the build (listBundleImages): a link would be a broken image, or publish what it points to.
  if (!isRealFileInside(file, context.bundleDir)) return linkedOutside(ref);
  return measured(articleAssetUrl(context.slug, path.relative(context.bundleDir, file)), file, ref);
}

function linkedOutside(ref: string): ImageResolution {
  return {
    ok: false,
    reason: `image «${ref}» is a symbolic link (or inside a linked folder); only real files beside the article are published`,
    fix: 'copy the image file itself into the article\'s folder instead of linking to it',
  };
}

/** `file` itself, and every folder on the way to it from `dir`, are real (no symbolic link leads elsewhere). */
function isRealFileInside(file: string, dir: string): boolean {
  try {
    return realpathSync(file) === path.join(/* turbopackIgnore: true */ realpathSync(dir), path.relative(dir, file));
  } catch {
    return false;
  }
}

export function articleAssetUrl(slug: string, relativeFile: string): string {
  return `/posts/${slug}/${relativeFile.split(path.sep).join('/')}`;
}

/** Every image file inside an article folder, as path segments relative to that folder. */
export function listBundleImages(bundleDir: string): string[][] {
  const found: string[][] = [];
  const walk = (dir: string, prefix: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(path.join(/* turbopackIgnore: true */ dir, entry.name), [...prefix, entry.name]);
      else if (entry.isFile() && IMAGE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        found.push([...prefix, entry.name]);
      }
    }
  };
  walk(bundleDir, []);
  return found.sort((a, b) => a.join('/').localeCompare(b.join('/')));
}

/**
 * What in an SVG could run or fetch something when a reader opens the file itself (a static
 * host serves it on the site's own origin, where a script would run as the site): scripts,
 * event handlers, `javascript:` links, embedded HTML, entity declarations (which also expand
 * like YAML aliases) and references to other sites. Embedded `data:image/…` pictures are fine.
 */
const UNSAFE_SVG =
  /<script\b|<foreignObject\b|<!ENTITY|\son[a-z]+\s*=|javascript:|(?:href|src)\s*=\s*["']?\s*(?!data:image\/(?:png|jpe?g|gif|webp)[;,])(?:[a-z][a-z0-9+.-]*:|\/\/)|url\(\s*["']?\s*(?:https?:|\/\/)|@import/i;

function measured(src: string, file: string, ref: string): ImageResolution {
  try {
    const bytes = readFileSync(file);
    if (file.toLowerCase().endsWith('.svg')) {
      const unsafe = UNSAFE_SVG.exec(bytes.toString('utf8'));
      if (unsafe) {
        return {
          ok: false,
          reason: `image «${ref}» contains «${unsafe[0].trim()}»: an SVG with scripts, event handlers, embedded HTML or references to other sites could run or load them when opened`,
          fix: 'export the SVG again as a plain drawing (e.g. through svgo, or "Save as plain SVG"), or use a PNG',
        };
      }
    }
    const { width, height } = imageSize(bytes);
    if (!width || !height) throw new Error('no dimensions');
    return { ok: true, image: { src, width, height, file } };
  } catch {
    return {
      ok: false,
      reason: `image «${ref}» could not be read as an image (unknown size)`,
      fix: 'open and re-save the image; for SVG give the root element width and height or a viewBox',
    };
  }
}

function missing(ref: string, looked: string[], context: ImageContext): ImageResolution {
  const where = [...new Set(looked.map((file) => shownPath(file, context)))];
  return {
    ok: false,
    reason: `image «${ref}» does not exist (looked for ${where.join(' and ')})`,
    // A single-file article cannot hold images beside it: the advice must not lead to the next error.
    fix: context.bundleDir
      ? `check the file name (it is case-sensitive) and put the image in ${shownPath(context.bundleDir, context)}/`
      : 'check the file name (it is case-sensitive); to keep the image with the article, make it a page bundle: move `<slug>.md` to `<slug>/index.md` and put the image beside it',
  };
}

/**
 * A path as messages show it: from the project root (`content/posts/x/a.png`), like every path
 * in messages, or whole when the content lives elsewhere (CONTENT_DIR), so it is never a path
 * that does not exist.
 */
function shownPath(file: string, context: ImageContext): string {
  const relative = path.relative(path.dirname(context.publicDir), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
