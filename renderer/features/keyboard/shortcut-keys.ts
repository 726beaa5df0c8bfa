/** Whether a key press belongs to a text field (or a select) rather than to the app. */
export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Whether a single-key shortcut may act on this press: no Ctrl, Cmd or Alt, not typing in a
 * field, and no modal dialog or open menu in front (they own the keyboard then).
 */
export function isPlainShortcut(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  if (isTextEntry(event.target)) return false;
  return document.querySelector('dialog[open], [role="menu"]') === null;
}

/** The shortcuts, as the Keyboard shortcuts dialog lists them. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: '?', does: 'Show this list' },
  { keys: 'n', does: 'New announcement' },
  { keys: 'm', does: 'New maintenance window' },
  { keys: 't', does: 'Go to today' },
  { keys: 'j or →', does: 'Next month, week or day' },
  { keys: 'k or ←', does: 'Previous month, week or day' },
  { keys: '1 2 3 4 5', does: 'Month, Week, Day, List, Work' },
  { keys: 'e', does: 'Edit the selected item' },
  { keys: 'Delete', does: 'Delete the selected item (asks first; Undo brings it back)' },
  { keys: 'Alt+← / Alt+→', does: 'Move the selected item a day earlier or later' },
  { keys: 'Alt+↑ / Alt+↓', does: 'Move the selected item a week earlier or later' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', does: 'Undo / redo' },
  { keys: 'Escape', does: 'Close the side panel or dialog' },
];
