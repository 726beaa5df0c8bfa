import { runWrite } from '../../components/run-write';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  DEFAULT_TEMPLATE_SET_ID,
  EARLIER_TEMPLATE_SET_ID,
  findTier,
} from '../../../shared/templates/built-in-sets';
import type { Settings, TemplateSet } from '../../../shared/types';
import { deleteTemplateSet, resetTemplateSetToDefaults, setActiveTemplateSet } from '../../db/template-repo';
import { DiscardConfirm } from '../../components/DiscardConfirm';
import { useUnsavedGuard } from '../../components/useUnsavedGuard';
import '../../components/dialog.css';
import '../../components/form.css';
import { useUiStore } from '../../stores/ui-store';
import { HandbookImport } from './HandbookImport';
import { TierEditor } from './TierEditor';
import './templates.css';

type Props = { templateSets: TemplateSet[]; settings: Settings };

// The handbook editions first, current before earlier, then the planner's own sets by name.
function sortSets(sets: readonly TemplateSet[]): TemplateSet[] {
  const rank = (set: TemplateSet) =>
    set.id === DEFAULT_TEMPLATE_SET_ID ? 0 : set.id === EARLIER_TEMPLATE_SET_ID ? 1 : 2;
  return [...sets].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * The template editor: pick a set, make it the one new announcements use, rename tiers and
 * edit their items, reset a handbook set, or import a handbook page as a new set. Every edit is
 * saved (and undoable) at once; existing checklists never change because a template did.
 */
export function TemplatesDialog({ templateSets, settings }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useUiStore((state) => state.closeDialog);
  const sets = useMemo(() => sortSets(templateSets), [templateSets]);
  const [setId, setSetId] = useState(settings.activeTemplateSetId);
  const set = sets.find((candidate) => candidate.id === setId) ?? sets[0];
  const [tierKey, setTierKey] = useState<string | null>(null);
  const tier = (set && tierKey !== null ? findTier(set, tierKey) : undefined) ?? set?.tiers.at(-1);
  const [mode, setMode] = useState<'edit' | 'import'>('edit');
  const [error, setError] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  // Template edits save at once; only a pasted, unsaved handbook page can be lost by closing.
  const [importDirty, setImportDirty] = useState(false);
  const guard = useUnsavedGuard(mode === 'import' && importDirty, close);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const run = (write: Promise<void>, done?: string): Promise<boolean> =>
    runWrite(write, { done, showError: setError }).then((ok) => {
      if (ok) setError(null);
      return ok;
    });

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide templates-dialog"
      aria-labelledby={titleId}
      onCancel={guard.onCancel}
      onKeyDown={guard.onKeyDown}
    >
      <div className="templates-dialog__frame">
        <h2 id={titleId} className="dialog__title">
          {mode === 'import' ? 'Templates: import a handbook page' : 'Templates'}
        </h2>
        {mode === 'import' ? (
          <div className="dialog__body" inert={guard.confirming}>
            <HandbookImport
              onDirtyChange={setImportDirty}
              onBack={() => setMode('edit')}
              onSaved={(newId) => {
                setSetId(newId);
                setTierKey(null);
                setMode('edit');
                useUiStore.getState().showToast('Imported the handbook page as a new template set.', true);
              }}
            />
          </div>
        ) : (
          <div className="dialog__body">
            <div className="templates-dialog__sets">
              <label htmlFor={`${titleId}-set`}>Template set</label>
              <select
                id={`${titleId}-set`}
                value={set?.id ?? ''}
                onChange={(event) => {
                  setSetId(event.target.value);
                  setTierKey(null);
                  setConfirmReset(false);
                  setError(null);
                }}
              >
                {sets.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                    {candidate.id === settings.activeTemplateSetId ? ' (active)' : ''}
                  </option>
                ))}
              </select>
              {set && set.id === settings.activeTemplateSetId ? (
                <span className="templates-dialog__active">New announcements use this set</span>
              ) : set ? (
                <button
                  type="button"
                  onClick={() =>
                    void run(setActiveTemplateSet(set.id), `New announcements now use “${set.name}”.`)
                  }
                >
                  Use for new announcements
                </button>
              ) : null}
              <button type="button" className="templates-dialog__import" onClick={() => setMode('import')}>
                Import handbook page…
              </button>
            </div>
            <p className="field__hint">
              Changes here shape checklists made from now on. An existing announcement’s checklist changes
              only when you press “Re-apply template” on it.
            </p>
            {error ? (
              <p className="templates-dialog__error" role="alert">
                Not saved: {error}
              </p>
            ) : null}
            {set ? (
              <>
                <div className="templates-dialog__tiers" role="group" aria-label="Tiers">
                  {[...set.tiers]
                    .sort((a, b) => b.rank - a.rank)
                    .map((candidate) => (
                      <button
                        key={candidate.key}
                        type="button"
                        aria-pressed={candidate.key === tier?.key}
                        className="templates-dialog__tier"
                        style={{ borderColor: candidate.color }}
                        onClick={() => setTierKey(candidate.key)}
                      >
                        {candidate.name} <span className="field__hint">({candidate.items.length})</span>
                      </button>
                    ))}
                </div>
                {tier ? (
                  <TierEditor
                    key={`${set.id}:${tier.key}`}
                    setId={set.id}
                    tier={tier}
                    run={(write) => run(write)}
                  />
                ) : null}
                <div className="templates-dialog__set-actions">
                  {set.builtIn ? (
                    confirmReset ? (
                      <span className="confirm">
                        <span>Put every tier of “{set.name}” back to the handbook’s words and timing?</span>
                        <button type="button" onClick={() => setConfirmReset(false)}>
                          Keep my edits
                        </button>
                        <button
                          type="button"
                          className="button--danger"
                          onClick={() => {
                            setConfirmReset(false);
                            void run(
                              resetTemplateSetToDefaults(set.id),
                              `Reset “${set.name}” to the handbook.`,
                            );
                          }}
                        >
                          Reset
                        </button>
                      </span>
                    ) : (
                      <button type="button" onClick={() => setConfirmReset(true)}>
                        Reset to handbook defaults
                      </button>
                    )
                  ) : (
                    <button
                      type="button"
                      className="button--danger"
                      onClick={() =>
                        void run(deleteTemplateSet(set.id), `Deleted “${set.name}”.`).then((ok) => {
                          if (ok) setSetId(settings.activeTemplateSetId);
                        })
                      }
                    >
                      Delete this set
                    </button>
                  )}
                </div>
              </>
            ) : null}
          </div>
        )}
        {guard.confirming ? (
          <DiscardConfirm onKeep={guard.keepEditing} onDiscard={guard.discard} />
        ) : (
          <div className="dialog__actions">
            <button type="button" onClick={guard.requestClose}>
              Close
            </button>
          </div>
        )}
      </div>
    </dialog>
  );
}
