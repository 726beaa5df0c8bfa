import { useEffect, useRef } from 'react';
import { isPlainShortcut } from './shortcut-keys';

/** What the selected item's panel does on `e` (edit) and `Delete` (ask to delete). */
export type SelectedItemKeys = { edit?: () => void; remove?: () => void };

/**
 * The keys for the item whose side panel is open (issue 10): `e` opens its editor and `Delete`
 * asks the panel's own delete question, so the keyboard never deletes without the confirmation a
 * click gets. Only while the panel is mounted, and never while typing or with a dialog or menu open.
 */
export function useSelectedItemKeys(keys: SelectedItemKeys): void {
  // The latest handlers without re-subscribing on every render.
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPlainShortcut(event)) return;
      const handler =
        event.key === 'e' ? latest.current.edit : event.key === 'Delete' ? latest.current.remove : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
