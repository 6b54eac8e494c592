import { SEARCH_QUERY_INPUT_ID, SITE_SEARCH_INPUT_ID } from './markup';

/** The parts of a key press the shortcut looks at. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * `/` or Ctrl+K (⌘K), as on most sites readers know. `code` as well as `key`: with a Persian
 * keyboard layout the K key types «ن» and the slash key «پ».
 */
export function isSearchShortcut(press: KeyPress): boolean {
  const slash = (press.key === '/' || (press.code === 'Slash' && !press.shiftKey)) && !press.ctrlKey && !press.metaKey && !press.altKey;
  const ctrlK = (press.ctrlKey || press.metaKey) && !press.altKey && (press.key.toLowerCase() === 'k' || press.code === 'KeyK');
  return slash || ctrlK;
}

const NOT_TEXT_INPUTS = ['checkbox', 'radio', 'button', 'submit', 'reset'];

/** Whether a key press goes into something the reader is typing in (then `/` is just a slash). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.includes(target.type))
  );
}

/** Moves the cursor to the search page's own box when there is one, else the header's. */
export function onSearchShortcut(event: KeyboardEvent): void {
  if (!isSearchShortcut(event) || isTyping(event.target)) return;
  const input = [SEARCH_QUERY_INPUT_ID, SITE_SEARCH_INPUT_ID]
    .map((id) => document.getElementById(id))
    .find((element): element is HTMLInputElement => element instanceof HTMLInputElement);
  if (!input || input === document.activeElement) return;
  event.preventDefault();
  input.focus();
  input.select();
}
