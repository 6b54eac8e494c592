/**
 * The reader's script, the same in the `next start` build and the lean static export: a few
 * KB of plain DOM code, no framework. Bundled by scripts/browser-assets.ts (esbuild) into
 * public/assets/ and loaded by every page as `<script type="module">`. Features that need
 * more code load it with `import()` when first used (esbuild splits it into its own chunk).
 */
import { installCopyButtons } from './copy-buttons';
import { installSearch } from './search';
import { installThemeToggle } from './theme-toggle';
import { installTocHighlighter } from './toc-highlighter';

installThemeToggle();
installCopyButtons();
installTocHighlighter();
installSearch();
