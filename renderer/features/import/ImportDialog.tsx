import { errorMessage } from '../../../shared/error-message';
import { useEffect, useRef, useState } from 'react';
import { tooLargeMessage } from '../../../shared/import/file-limits';
import type { Settings } from '../../../shared/types';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { openTextFile } from '../../platform/platform';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../../db/usePlanData';
import { BackupPreview } from './BackupPreview';
import type { IcsPreviewRun } from './ics-preview-client';
import { startIcsPreview } from './ics-preview-client';
import { calendarIdentity } from '../../../shared/import/source-identity';
import { IcsPreview } from './IcsPreview';
import { ImportProgress } from './ImportProgress';
import { PlanPreview } from './PlanPreview';
import type { ImportReading } from './read-import';
import { readImport, sniffImport } from './read-import';
import './import.css';

type Props = { plan: PlanData; settings: Settings; now: Date };

/** True when a reading has something to import: its preview holds the planner's choices. */
function importable(reading: Loaded['reading']): boolean {
  if (reading.kind === 'ics') return reading.result.events.length > 0;
  return reading.validation.ok;
}

type Loaded = { name: string; reading: Exclude<ImportReading, { kind: 'error' }>; calendar?: string };
type Reading = { name: string; done: number; total: number };

/**
 * The Import dialog: a calendar file, a plan file or a full backup, chosen or pasted. Everything is
 * read and checked first and shown as a preview; nothing is written until the planner confirms.
 */
export function ImportDialog({ plan, settings, now }: Props) {
  const close = useUiStore((state) => state.closeDialog);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  // The calendar being read in the worker; an answer from any other run is stale and ignored.
  const run = useRef<IcsPreviewRun | null>(null);
  const today = instantToDay(instantOf(now), settings.timeZone);
  useEffect(
    () => () => {
      // Closing the dialog mid-read stops the worker: nothing it read is kept.
      const current = run.current;
      run.current = null;
      current?.cancel();
    },
    [],
  );

  const readCalendar = (text: string, name: string) => {
    const started = startIcsPreview(
      { text, name, timeZone: settings.timeZone, now: instantOf(now) },
      (done, total) => {
        if (run.current === started) setReading({ name, done, total });
      },
    );
    run.current = started;
    setLoaded(null);
    setMessage(null);
    setReading({ name, done: 0, total: 0 });
    void started.outcome.then((outcome) => {
      if (run.current !== started) return;
      run.current = null;
      setReading(null);
      if (outcome.status === 'done')
        setLoaded({
          name,
          reading: { kind: 'ics', result: outcome.result },
          calendar: calendarIdentity(text, name),
        });
      else if (outcome.status === 'failed') setMessage(outcome.message);
      else setMessage(`Stopped reading ${name}. Nothing was imported; your plan is unchanged.`);
    });
  };
  const read = (text: string, name: string) => {
    const sniffed = sniffImport(text, name);
    if (sniffed.kind === 'ics') {
      readCalendar(text, name);
      return;
    }
    const json = readImport(text, name, { timeZone: settings.timeZone, now: instantOf(now) });
    if (json.kind === 'error') {
      setMessage(json.message);
      setLoaded(null);
    } else {
      setMessage(null);
      setLoaded({ name, reading: json });
    }
  };
  const choose = () => {
    setMessage(null);
    openTextFile([{ name: 'Calendar or Tierline file', extensions: ['ics', 'json'] }]).then(
      (result) => {
        if (result.status === 'opened') read(result.contents, result.name);
        else if (result.status === 'too-large') setMessage(tooLargeMessage(result.name, result.bytes));
      },
      (error: unknown) => setMessage(errorMessage(error, 'The file could not be opened.')),
    );
  };

  return (
    // A preview that could be imported, or pasted text, is work the planner would lose by closing;
    // a file that was only refused is not.
    <Dialog
      title="Import"
      onClose={close}
      wide
      dirty={(loaded !== null && importable(loaded.reading)) || pasted.trim() !== ''}
    >
      <div className="import-dialog">
        {reading ? (
          <ImportProgress
            name={reading.name}
            done={reading.done}
            total={reading.total}
            onCancel={() => run.current?.cancel()}
          />
        ) : loaded ? (
          <>
            <button type="button" className="import-back" onClick={() => setLoaded(null)}>
              ← Choose another file
            </button>
            {loaded.reading.kind === 'ics' ? (
              <IcsPreview
                name={loaded.name}
                calendar={loaded.calendar ?? loaded.name}
                result={loaded.reading.result}
                templateSets={plan.templateSets}
                settings={settings}
                onDone={close}
              />
            ) : loaded.reading.kind === 'plan' ? (
              <PlanPreview name={loaded.name} validation={loaded.reading.validation} onDone={close} />
            ) : (
              <BackupPreview
                name={loaded.name}
                validation={loaded.reading.validation}
                plan={plan}
                timeZone={settings.timeZone}
                today={today}
                onDone={close}
              />
            )}
          </>
        ) : (
          <>
            <p className="import-note">
              Import a calendar (<code>.ics</code> from Google Calendar, Outlook, Apple Calendar or
              Thunderbird), a Tierline plan file or a full backup (<code>.json</code>). You see a preview
              first; nothing changes until you confirm.
            </p>
            <div>
              <button type="button" className="button--primary" onClick={choose}>
                Choose file…
              </button>
            </div>
            <Field label="Or paste the file's text">
              <textarea
                rows={8}
                className="import-paste"
                value={pasted}
                onChange={(event) => setPasted(event.target.value)}
                spellCheck={false}
              />
            </Field>
            <div>
              <button
                type="button"
                onClick={() => read(pasted, 'The pasted text')}
                disabled={pasted.trim() === ''}
              >
                Preview pasted text
              </button>
            </div>
          </>
        )}
        {message ? (
          <p className="import-error" role="alert">
            {message}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
