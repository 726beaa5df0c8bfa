import { useRef, useState } from 'react';
import {
  validateAnnouncementDraft,
  type AnnouncementDraft,
  type AnnouncementField,
} from '../../../shared/announcements/announcement-input';
import type { Settings, TemplateSet } from '../../../shared/types';
import { Dialog } from '../../components/Dialog';
import { createAnnouncement } from '../../db/announcement-repo';
import { useUiStore } from '../../stores/ui-store';
import { emptyDraft } from './announcement-draft';
import { AnnouncementFields } from './AnnouncementFields';

type Props = { launchDate: string; settings: Settings; templateSets: TemplateSet[] };

/** Shown when a date input holds a half-typed value the browser reports as empty. */
export const UNREADABLE_DATE = 'Not a date we can read: use a real day, like 2026-12-01.';

/** The New announcement form. Nothing is stored until every field checks out. */
export function AnnouncementDialog({ launchDate, settings, templateSets }: Props) {
  const set =
    templateSets.find((candidate) => candidate.id === settings.activeTemplateSetId) ?? templateSets[0];
  const tiers = set?.tiers ?? [];
  const [draft, setDraft] = useState<AnnouncementDraft>(() =>
    emptyDraft(launchDate, settings.timeZone, tiers),
  );
  const [errors, setErrors] = useState<Partial<Record<AnnouncementField, string>>>({});
  const [saving, setSaving] = useState(false);
  // A date input holds '' both when empty and when half-typed; validity.badInput tells them apart.
  const dateInput = useRef<HTMLInputElement>(null);
  const close = useUiStore((state) => state.closeDialog);
  const update = (patch: Partial<AnnouncementDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = () => {
    if (saving) return;
    const result = validateAnnouncementDraft(
      draft,
      tiers.map((tier) => tier.key),
    );
    const unreadable = dateInput.current?.validity.badInput === true;
    if (!result.ok || unreadable) {
      setErrors({
        ...(result.ok ? {} : result.errors),
        ...(unreadable ? { launchDate: UNREADABLE_DATE } : {}),
      });
      return;
    }
    setSaving(true);
    createAnnouncement(result.value).then(
      (id) => {
        const ui = useUiStore.getState();
        ui.closeDialog();
        ui.select({ kind: 'announcement', id });
        ui.showToast(`Planned “${result.value.title}”.`, true);
      },
      (error: unknown) => {
        setSaving(false);
        setErrors({ title: error instanceof Error ? error.message : 'Could not save the announcement.' });
      },
    );
  };

  return (
    <Dialog title="New announcement" onClose={close} onSubmit={submit} submitLabel="Create announcement">
      <AnnouncementFields
        draft={draft}
        errors={errors}
        update={update}
        tiers={tiers}
        setName={set?.name}
        dateInput={dateInput}
      />
    </Dialog>
  );
}
