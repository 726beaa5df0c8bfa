import { findTier } from '../../../shared/templates/built-in-sets';
import { useRef, useState } from 'react';
import type { AnnouncementDraft, AnnouncementField } from '../../../shared/announcements/announcement-input';
import { launchDueDateProblem } from '../../../shared/checklist/due-range';
import { implausibleDateQuestion } from '../../../shared/plannable-range';
import type { Settings, TemplateSet } from '../../../shared/types';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import { useNow } from '../../components/useNow';
import { Dialog } from '../../components/Dialog';
import { useIsDirty } from '../../components/useUnsavedGuard';
import { createAnnouncement } from '../../db/announcement-repo';
import { useUiStore } from '../../stores/ui-store';
import { checkAnnouncementForm, emptyDraft } from './announcement-draft';
import { DateQuestion } from '../limits/DateQuestion';
import { usePlausibility } from '../limits/usePlausibility';
import { AnnouncementFields } from './AnnouncementFields';
import { saveErrors } from './announcement-draft';
import { runWrite } from '../../components/run-write';

type Props = { launchDate: string; settings: Settings; templateSets: TemplateSet[] };

/**
 * The New announcement form. Nothing is stored until every field checks out, every due date the
 * tier derives stays in the plannable range, and a far-off launch date has been confirmed.
 */
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
  const plausibility = usePlausibility();
  const today = instantToDay(instantOf(useNow()), settings.timeZone);

  // `kept` is the date the planner just confirmed, passed along because state updates land later.
  const submit = (kept?: string | null) => {
    if (saving) return;
    const result = checkAnnouncementForm(
      draft,
      tiers.map((tier) => tier.key),
      dateInput.current,
    );
    if (!result.ok) return setErrors(result.errors);
    const { launchDate, tierKey } = result.value;
    const tier = findTier(set, tierKey);
    const derived = tier ? launchDueDateProblem(tier, launchDate, settings) : null;
    if (derived) return setErrors({ launchDate: derived });
    setErrors({});
    if (plausibility.needsAsking(launchDate, implausibleDateQuestion(launchDate, today), kept)) return;
    setSaving(true);
    void runWrite(
      createAnnouncement(result.value).then((id) => {
        const ui = useUiStore.getState();
        ui.closeDialog();
        ui.select({ kind: 'announcement', id });
      }),
      {
        done: `Planned “${result.value.title}”.`,
        showError: (_message, error) => {
          setSaving(false);
          setErrors(saveErrors(error));
        },
      },
    );
  };

  return (
    <Dialog
      title="New announcement"
      onClose={close}
      onSubmit={() => submit()}
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
        dateNote={
          <DateQuestion
            plausibility={plausibility}
            current={draft.launchDate}
            field={dateInput}
            onKeep={submit}
          />
        }
      />
    </Dialog>
  );
}
