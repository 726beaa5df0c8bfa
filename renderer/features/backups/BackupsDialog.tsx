import { errorMessage } from '../../../shared/error-message';
import { useState } from 'react';
import type { SnapshotMeta } from '../../../shared/backup/snapshot';
import { snapshotReasonLabel } from '../../../shared/backup/snapshot';
import { plural, pluralWord } from '../../../shared/plural';
import type { Settings } from '../../../shared/types';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import { Dialog } from '../../components/Dialog';
import { isDesktop, saveTextFile } from '../../platform/platform';
import { readSnapshot } from '../../platform/snapshot-store';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../../db/usePlanData';
import { BackupPreview } from '../import/BackupPreview';
import { readImport } from '../import/read-import';
import type { BackupValidation } from '../../../shared/backup/validate';
import {
  snapshotCountsLabel,
  snapshotFileName,
  snapshotLabel,
  snapshotName,
  snapshotTimeLabel,
} from './snapshot-format';
import { useSnapshotList } from './useSnapshotList';
import '../import/import.css';
import './backups.css';

type Props = { plan: PlanData; settings: Settings; now: Date };

type Opened = { name: string; validation: BackupValidation };

/**
 * Settings → Backups: the automatic snapshots, newest first, each restorable through the same
 * all-or-nothing preview as a backup file (the current plan is snapshotted first) or downloadable
 * as a backup file. A snapshot that is missing or damaged is refused with a message.
 */
export function BackupsDialog({ plan, settings, now }: Props) {
  const close = useUiStore((state) => state.closeDialog);
  const list = useSnapshotList();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const zone = settings.timeZone;

  const load = (snapshot: SnapshotMeta, then: (text: string, name: string) => void) => {
    setMessage(null);
    const name = snapshotName(snapshot, now, zone);
    readSnapshot(snapshot.id).then(
      (reading) => {
        if (reading.status === 'missing')
          setMessage(`${name} could not be read: it is no longer in the backup store. Nothing was changed.`);
        else then(reading.text, name);
      },
      (error: unknown) =>
        setMessage(`${name} could not be read: ${errorMessage(error)}. Nothing was changed.`),
    );
  };
  const restore = (snapshot: SnapshotMeta) =>
    load(snapshot, (text, name) => {
      const reading = readImport(text, name, { timeZone: zone, now: instantOf(now) });
      if (reading.kind === 'backup') setOpened({ name, validation: reading.validation });
      else if (reading.kind === 'error') setMessage(`${name} is damaged. ${reading.message}`);
      else setMessage(`${name} is damaged: it is not a Tierline backup. Nothing was changed.`);
    });
  const download = (snapshot: SnapshotMeta) =>
    load(snapshot, (text) => {
      saveTextFile(snapshotFileName(snapshot, zone), text, [{ name: 'JSON', extensions: ['json'] }]).catch(
        (error: unknown) => setMessage(`The snapshot was not saved: ${errorMessage(error)}`),
      );
    });

  return (
    <Dialog title="Backups" onClose={close} wide>
      <div className="import-dialog backups-dialog">
        {opened ? (
          <>
            <button type="button" className="import-back" onClick={() => setOpened(null)}>
              ← Back to backups
            </button>
            <BackupPreview
              name={opened.name}
              validation={opened.validation}
              plan={plan}
              timeZone={zone}
              today={instantToDay(instantOf(now), zone)}
              onDone={close}
              fromSnapshot
            />
          </>
        ) : (
          <>
            <p className="import-note">
              Tierline keeps snapshots of your whole plan on its own: when it starts, every hour with changes,
              and before every import, replace or restore. It keeps the last 10, one a day for a week and one
              a week for four weeks,{' '}
              {isDesktop()
                ? 'in the backups folder of its data folder'
                : 'in this browser (the tierline-backups database)'}
              .
            </p>
            {list.status === 'loading' ? <p>Reading the snapshots…</p> : null}
            {list.status === 'failed' ? (
              <p className="import-error" role="alert">
                The snapshots could not be listed: {list.message}
              </p>
            ) : null}
            {list.status === 'loaded' ? (
              <>
                {list.listing.damaged > 0 ? (
                  <p className="import-error" role="alert">
                    {plural(list.listing.damaged, 'damaged snapshot entry', 'damaged snapshot entries')} in
                    the backup store {pluralWord(list.listing.damaged, 'was', 'were')} left out.
                  </p>
                ) : null}
                {list.listing.snapshots.length === 0 ? (
                  <p>No snapshots yet.</p>
                ) : (
                  <ul className="backups-list" aria-label="Snapshots">
                    {list.listing.snapshots.map((snapshot) => (
                      <li key={snapshot.id} className="backups-list__row">
                        <span className="backups-list__time">
                          {snapshotTimeLabel(snapshot.takenAt, now, zone)}
                        </span>
                        <span className="backups-list__reason">{snapshotReasonLabel(snapshot.reason)}</span>
                        <span className="backups-list__counts">{snapshotCountsLabel(snapshot.counts)}</span>
                        <span className="backups-list__actions">
                          <button
                            type="button"
                            aria-label={`Restore snapshot ${snapshotLabel(snapshot, now, zone)}`}
                            onClick={() => restore(snapshot)}
                          >
                            Restore…
                          </button>
                          <button
                            type="button"
                            aria-label={`Download snapshot ${snapshotLabel(snapshot, now, zone)}`}
                            onClick={() => download(snapshot)}
                          >
                            Download
                          </button>
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ) : null}
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
