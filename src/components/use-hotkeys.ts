// Keyboard shortcuts: a key runs an action, unless the key belongs to where the user is (typing in a
// field, a list that Alt+↓ opens, an open dialog or menu). One listener on the document per hook, in
// the bubbling phase, so a field or dialog that handles a key first (and prevents its default) keeps it.
import { useLayoutEffect, useRef } from 'react';

/**
 * Actions by key: `/`, `?`, `Escape`, `Alt+ArrowDown`. Modifiers come first, in the order Ctrl, Alt,
 * Meta, Shift. Shift is named only with keys that type nothing: a typed character already says it
 * (`?` is Shift+/ on most layouts, something else on others).
 */
export type Hotkeys = Partial<Record<string, (event: KeyboardEvent) => void>>;

export function hotkeyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>): string {
  const typesCharacter = event.key.length === 1;
  const modifiers = [
    event.ctrlKey && 'Ctrl',
    event.altKey && 'Alt',
    event.metaKey && 'Meta',
    event.shiftKey && !typesCharacter && 'Shift',
  ].filter(Boolean);
  return [...modifiers, event.key].join('+');
}

// Inputs a person types into; checkboxes, radios, buttons and the like are not fields here.
const TEXT_INPUT_TYPES = new Set([
  '',
  'text',
  'search',
  'email',
  'tel',
  'url',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);
const FIELD =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"]';
const OWNS_EVERY_KEY = '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]';

/** Whether the key is the focused element's own: typing, moving the caret, a dialog's Escape. */
export function keyBelongsToFocus(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  // An open dialog or menu has the keyboard to itself.
  if (target.closest(OWNS_EVERY_KEY)) return true;
  const field = target.closest(FIELD);
  if (!field) return false;
  if (field instanceof HTMLInputElement && !TEXT_INPUT_TYPES.has(field.type)) return false;
  if (!event.ctrlKey && !event.altKey && !event.metaKey) {
    // Escape does nothing in a plain text box or a message box, so the page may use it; a search box
    // clears with it and a list closes.
    if (event.key === 'Escape') return field.matches('input[type="search"], select, [role="combobox"]');
    // Any other key types, moves the caret or submits.
    return true;
  }
  // With them, text fields do nothing of their own we keep (Alt+↑/↓ is the inbox's, as in chat apps);
  // lists do: Alt+↓ opens a select or a combobox's options.
  return field.matches('select, [role="combobox"]');
}

/**
 * Runs the action of a pressed hotkey while `enabled`; the latest `hotkeys` are used, no re-subscribing.
 * Both are in place before the browser paints what they act on: a key pressed as soon as a list shows
 * acts on that list, not on the one before it, or on nothing.
 */
export function useHotkeys(hotkeys: Hotkeys, enabled = true): void {
  const latest = useRef(hotkeys);
  useLayoutEffect(() => {
    latest.current = hotkeys;
  });
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = latest.current[hotkeyOf(event)];
      if (!action || keyBelongsToFocus(event)) return;
      event.preventDefault();
      action(event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [enabled]);
}
