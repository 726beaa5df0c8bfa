import { useRef, useState } from 'react';
import { validateAnnouncementDraft, type AnnouncementDraft, type AnnouncementField } from '../../../shared/announcements/announcement-input';
import { ANNOUNCEMENT_STATUSES, type Settings, type TemplateSet } from '../../../shared/types';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { createAnnouncement } from '../../db/announcement-repo';
import { useUiStore } from '../../stores/ui-store';

type Props = { launchDate: string; settings: Settings; templateSets: TemplateSet[] };

const UNREADABLE_DATE = 'Not a date we can read: use a real day, like 2026-12-01.';

/** The New announcement form. Nothing is stored until every field checks out. */
export function AnnouncementDialog({ launchDate, settings, templateSets }: Props) {
  const set = templateSets.find((candidate) => candidate.id === settings.activeTemplateSetId) ?? templateSets[0];
  const tiers = set?.tiers ?? [];
  const [draft, setDraft] = useState<AnnouncementDraft>({
    title: '',
    summary: '',
    launchDate,
    launchTime: '',
    timeZone: settings.timeZone,
    // The smallest tier is the safe default: the planner raises it when the launch warrants it.
    tierKey: [...tiers].sort((a, b) => b.rank - a.rank)[0]?.key ?? '',
    productOwner: '',
    marketingOwner: '',
    status: 'planned',
    links: { pr: '', docs: '', blog: '' },
  });
  const [errors, setErrors] = useState<Partial<Record<AnnouncementField, string>>>({});
  const [saving, setSaving] = useState(false);
  // A date input holds '' both when empty and when half-typed; validity.badInput tells them apart.
  const dateInput = useRef<HTMLInputElement>(null);
  const close = useUiStore((state) => state.closeDialog);
  const update = (patch: Partial<AnnouncementDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = () => {
    if (saving) return;
    const result = validateAnnouncementDraft(draft, tiers.map((tier) => tier.key));
    const unreadable = dateInput.current?.validity.badInput === true;
    if (!result.ok || unreadable) {
      setErrors({ ...(result.ok ? {} : result.errors), ...(unreadable ? { launchDate: UNREADABLE_DATE } : {}) });
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
      <Field label="Title" error={errors.title}>
        <input value={draft.title} onChange={(event) => update({ title: event.target.value })} autoFocus maxLength={400} />
      </Field>
      <Field label="Tier" error={errors.tierKey} hint={set ? set.name : undefined}>
        <select value={draft.tierKey} onChange={(event) => update({ tierKey: event.target.value })}>
          {tiers.map((tier) => (
            <option key={tier.key} value={tier.key}>
              {tier.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        <Field label="Launch date" error={errors.launchDate}>
          <input ref={dateInput} type="date" value={draft.launchDate} onChange={(event) => update({ launchDate: event.target.value })} />
        </Field>
        <Field label="Launch time" error={errors.launchTime} hint="Empty for all day">
          <input type="time" value={draft.launchTime} onChange={(event) => update({ launchTime: event.target.value })} />
        </Field>
      </div>
      <div className="field-row">
        <Field label="Product owner">
          <input value={draft.productOwner} onChange={(event) => update({ productOwner: event.target.value })} />
        </Field>
        <Field label="Marketing owner">
          <input value={draft.marketingOwner} onChange={(event) => update({ marketingOwner: event.target.value })} />
        </Field>
      </div>
      <Field label="Status" error={errors.status}>
        <select value={draft.status} onChange={(event) => update({ status: event.target.value })}>
          {ANNOUNCEMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status[0]?.toUpperCase() + status.slice(1)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Summary">
        <textarea rows={3} value={draft.summary} onChange={(event) => update({ summary: event.target.value })} />
      </Field>
    </Dialog>
  );
}
