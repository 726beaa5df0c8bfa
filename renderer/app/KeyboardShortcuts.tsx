import { useEffect, useState } from 'react';
import { addCalendarDays } from '../../shared/calendar-day';
import { instantToLocal, localToInstant, toLocalDateTime, localDay } from '../../shared/zoned-time';
import { Dialog } from '../components/Dialog';
import { getAnnouncement, moveAnnouncementLaunch } from '../db/announcement-repo';
import { getMaintenanceWindow, moveMaintenanceWindow } from '../db/maintenance-repo';
import { useUiStore } from '../stores/ui-store';
import { isPlainShortcut, isTextEntry, SHORTCUTS } from '../features/keyboard/shortcut-keys';
import './keyboard-shortcuts.css';
import type { CalendarDay } from '../../shared/types';
import { runWrite } from '../components/run-write';

const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** Moves the selected launch or window by whole days, as a drag would: one undoable step. */
async function moveSelection(days: number): Promise<string> {
  const selection = useUiStore.getState().selection;
  if (!selection) return 'Select a launch or window first.';
  if (selection.kind === 'announcement') {
    const launch = await getAnnouncement(selection.id);
    if (!launch) return 'That announcement no longer exists.';
    await moveAnnouncementLaunch(launch.id, addCalendarDays(launch.launchDate, days));
    return 'Moved the launch; its checklist followed.';
  }
  const window = await getMaintenanceWindow(selection.id);
  if (!window) return 'That maintenance window no longer exists.';
  // Whole days on the wall clock of the window's own zone, so 22:00 stays 22:00 across DST.
  const local = instantToLocal(window.start, window.timeZone);
  const moved = `${addCalendarDays(localDay(local), days)}T${local.slice(11, 16)}`;
  await moveMaintenanceWindow(window.id, localToInstant(toLocalDateTime(moved), window.timeZone));
  return 'Moved the maintenance window.';
}

/**
 * The app-wide keyboard shortcuts in the Google Calendar tradition (issue 10) and the
 * Keyboard shortcuts dialog `?` opens. The calendar's own keys (t, j/k, 1–5) live in
 * useCalendarKeys, next to the calendar they drive.
 */
export function KeyboardShortcuts({ today }: { today: CalendarDay }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ui = useUiStore.getState();
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.key in MOVES) {
        if (isTextEntry(event.target) || document.querySelector('dialog[open]')) return;
        event.preventDefault();
        // The toast names what moved (or that nothing was selected), so it is shown here, not by runWrite.
        void runWrite(
          moveSelection(MOVES[event.key] ?? 0).then((message) =>
            ui.showToast(message, ui.selection !== null),
          ),
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
    // An information dialog: one Close button, nothing to submit or cancel.
    <Dialog title="Keyboard shortcuts" onClose={() => setOpen(false)} closeLabel="Close">
      <table className="shortcuts">
        <caption className="visually-hidden">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <td>
                <kbd>{shortcut.keys}</kbd>
              </td>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
