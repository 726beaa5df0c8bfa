import { Suspense, lazy, memo, useEffect, useState } from 'react';
import { addCalendarDays } from '../../shared/calendar-day';
import { toLocalDateTime } from '../../shared/zoned-time';
import { useUiStore } from '../stores/ui-store';
import { runWrite } from '../components/run-write';
import type { CalendarDay } from '../../shared/types';
import { isPlainShortcut, isTextEntry } from '../features/keyboard/shortcut-keys';

const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

// The list and the move code load on the first key that needs them (issue 13); the listener is
// here from the start, so a key pressed meanwhile waits for its code instead of being lost.
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((module) => ({ default: module.ShortcutsDialog })),
);

/**
 * The app-wide keyboard shortcuts in the Google Calendar tradition (issue 10) and the
 * Keyboard shortcuts dialog `?` opens. The calendar's own keys (t, j/k, 1–5) live in
 * useCalendarKeys, next to the calendar they drive.
 */
export const KeyboardShortcuts = memo(function KeyboardShortcuts({ today }: { today: CalendarDay }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ui = useUiStore.getState();
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.key in MOVES) {
        if (isTextEntry(event.target) || document.querySelector('dialog[open]')) return;
        event.preventDefault();
        const days = MOVES[event.key] ?? 0;
        // The toast names what moved (or that nothing was selected), so it is shown here, not by runWrite.
        void runWrite(
          import('./move-selection')
            .then((module) => module.moveSelection(days))
            .then((message) => ui.showToast(message, ui.selection !== null)),
          { failed: 'That move could not be saved.' },
        );
        return;
      }
      if (!isPlainShortcut(event)) return;
      if (event.key === '?') setOpen(true);
      else if (event.key === 'n') ui.openDialog({ kind: 'new-announcement', launchDate: today });
      else if (event.key === 'm')
        ui.openDialog({
          kind: 'new-maintenance',
          startLocal: toLocalDateTime(`${addCalendarDays(today, 1)}T22:00`),
          endLocal: toLocalDateTime(`${addCalendarDays(today, 2)}T00:00`),
        });
      else if (event.key === 'Escape' && ui.selection) ui.select(null);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [today]);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsDialog onClose={() => setOpen(false)} />
    </Suspense>
  );
});
