import { useRef, useState } from 'react';
import type { AnnouncementDraft, AnnouncementField } from '../../../shared/announcements/announcement-input';
import type { Settings, TemplateSet } from '../../../shared/types';
import { Dialog } from '../../components/Dialog';
import { useIsDirty } from '../../components/useUnsavedGuard';
import { createAnnouncement } from '../../db/announcement-repo';
import { useUiStore } from '../../stores/ui-store';
import { checkAnnouncementForm, emptyDraft } from './announcement-draft';
import { AnnouncementFields } from './AnnouncementFields';

type Props = { launchDate: string; settings: Settings; templateSets: TemplateSet[] };

/** The New announcement form. Nothing is stored until every field checks out. */
export function AnnouncementDialog({ launchDate, settings, templateSets }: Props) {
  const set =
    templateSets.find((candidate) => candidate.id === settings.activeTemplateSetId) ?? templateSets[0];
  const tiers = set?.tiers ?? [];
  const [draft, setDraft] = useState<AnnouncementDraft>(() =>
    emptyDraft(launchDate, settings.timeZone, tiers),
  );
  const dirty = useIsDirty(draft);
  const [errors, setErrors] = useState<Partial<Record<AnnouncementField, string>>>({});
  const [saving, setSaving] = useState(false);
  const dateInput = useRef<HTMLInputElement>(null);
  const close = useUiStore((state) => state.closeDialog);
  const update = (patch: Partial<AnnouncementDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = () => {
    if (saving) return;
    const result = checkAnnouncementForm(
      draft,
      tiers.map((tier) => tier.key),
      dateInput.current,
    );
    if (!result.ok) return setErrors(result.errors);
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
    <Dialog
      title="New announcement"
      onClose={close}
      onSubmit={submit}
      submitLabel="Create announcement"
      dirty={dirty}
    >
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
