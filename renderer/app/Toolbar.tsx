import { memo } from 'react';
import { instantToLocal, toLocalDateTime, localDay, instantOf } from '../../shared/zoned-time';
import { useUiStore } from '../stores/ui-store';
import { useUndoStore } from '../stores/undo-store';
import { runUndoStep } from './undo-actions';
import { ConflictsButton } from '../features/conflicts/ConflictsButton';
import { addCalendarDays } from '../../shared/calendar-day';
import type { PlanData } from '../db/usePlanData';
import { LazyPart } from './LazyPart';
import { LateSearchBox, LateTeamCalendarStatus } from './late-parts';
import { MoreMenu } from './MoreMenu';

/** The app's main actions. Names match what the handbook's planners say out loud. */
export const Toolbar = memo(function Toolbar({
  timeZone,
  now,
  conflictCount = 0,
  plan,
}: {
  timeZone: string;
  now: Date;
  conflictCount?: number;
  /** The plan the search box looks through; no search box without it. */
  plan?: PlanData;
}) {
  const openDialog = useUiStore((state) => state.openDialog);
  const canUndo = useUndoStore((state) => state.undoStack.length > 0);
  const canRedo = useUndoStore((state) => state.redoStack.length > 0);
  const local = instantToLocal(instantOf(now), timeZone);
  const today = localDay(local);
  const undo = () => void runUndoStep('undo');
  const redo = () => void runUndoStep('redo');
  return (
    // The banner landmark holds the toolbar: role="toolbar" is not allowed on <header> (axe).
    <header className="app-banner">
      <div className="toolbar" role="toolbar" aria-label="Plan actions">
        <h1 className="toolbar__brand">Tierline</h1>
        <button
          type="button"
          className="button--primary"
          onClick={() => openDialog({ kind: 'new-announcement', launchDate: today })}
        >
          New announcement
        </button>
        <button
          type="button"
          onClick={() =>
            openDialog({
              kind: 'new-maintenance',
              startLocal: toLocalDateTime(`${addCalendarDays(today, 1)}T22:00`),
              endLocal: toLocalDateTime(`${addCalendarDays(today, 2)}T00:00`),
            })
          }
        >
          New maintenance window
        </button>
        <button type="button" className="toolbar__secondary" onClick={() => openDialog({ kind: 'export' })}>
          Export
        </button>
        <button type="button" className="toolbar__secondary" onClick={() => openDialog({ kind: 'import' })}>
          Import
        </button>
        <ConflictsButton count={conflictCount} />
        {/* Search and the team calendar's state load just after the month view (issue 13): the
            placeholder keeps the search box's room, so no button moves when it arrives. */}
        {plan ? (
          <LazyPart where="search" placeholder={<span className="search-box search-box--loading" />}>
            <LateSearchBox plan={plan} now={now} />
          </LazyPart>
        ) : null}
        <span className="toolbar__spacer" />
        <LazyPart where="team calendar status">
          <LateTeamCalendarStatus timeZone={timeZone} />
        </LazyPart>
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
          Redo
        </button>
        <span
          className="toolbar__zone toolbar__secondary"
          title="The planner's time zone: the calendar shows every time in it"
        >
          {timeZone}
        </span>
        <button
          type="button"
          className="toolbar__secondary"
          onClick={() => openDialog({ kind: 'templates' })}
        >
          Templates
        </button>
        <button type="button" className="toolbar__secondary" onClick={() => openDialog({ kind: 'settings' })}>
          Settings
        </button>
        <MoreMenu
          note={`Times in ${timeZone}`}
          actions={[
            { label: 'Export', run: () => openDialog({ kind: 'export' }) },
            { label: 'Import', run: () => openDialog({ kind: 'import' }) },
            { label: 'Templates', run: () => openDialog({ kind: 'templates' }) },
            { label: 'Settings', run: () => openDialog({ kind: 'settings' }) },
          ]}
        />
      </div>
    </header>
  );
});
