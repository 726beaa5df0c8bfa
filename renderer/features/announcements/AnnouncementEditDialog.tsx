import { findTier } from '../../../shared/templates/built-in-sets';
import { plural, pluralWord } from '../../../shared/plural';
import { useMemo, useRef, useState } from 'react';
import {
  validateAnnouncementDraft,
  type AnnouncementDraft,
  type AnnouncementField,
} from '../../../shared/announcements/announcement-input';
import { calendarDaysBetween } from '../../../shared/calendar-day';
import { DueDateOutOfRangeError } from '../../../shared/checklist/due-range';
import { implausibleDateQuestion } from '../../../shared/plannable-range';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import type { Announcement, ChecklistItem, Settings, TemplateSet } from '../../../shared/types';
import { Dialog } from '../../components/Dialog';
import { useIsDirty } from '../../components/useUnsavedGuard';
import {
  planAnnouncementEdit,
  type AnnouncementEditPlan,
} from '../../../shared/announcements/announcement-edit';
import { updateAnnouncement } from '../../db/announcement-repo';
import { DateQuestion } from '../limits/DateQuestion';
import { usePlausibility } from '../limits/usePlausibility';
import { checkAnnouncementForm, draftFromAnnouncement, saveErrors } from './announcement-draft';
import { AnnouncementFields } from './AnnouncementFields';
import { runWrite } from '../../components/run-write';

type Props = {
  announcement: Announcement;
  items: ChecklistItem[];
  templateSets: TemplateSet[];
  settings: Settings;
  now: Date;
  onClose: () => void;
};

/** What saving will do to the checklist, in the planner's words, before anything is saved. */
function EditConsequences({
  plan,
  announcement,
  tierName,
}: {
  plan: AnnouncementEditPlan;
  announcement: Announcement;
  tierName: string;
}) {
  if (!plan.tierChange && !plan.launchMoved) return null;
  const lines: string[] = [];
  if (plan.launchMoved) {
    const shift = calendarDaysBetween(announcement.launchDate, plan.announcement.launchDate);
    const direction = shift > 0 ? 'later' : 'earlier';
    lines.push(
      `The launch moves ${plural(Math.abs(shift), 'day', 'days')} ${direction}: open items follow; done items and dates set by hand stay.`,
    );
  }
  if (plan.tierChange) {
    lines.push(
      `Changing the tier to ${tierName}: ${plural(plan.tierChange.added.length, 'item', 'items')} added, ` +
        `${plural(plan.removed.length, 'untouched item', 'untouched items')} removed, ` +
        `${plural(plan.tierChange.keptNotInTier.length, 'item', 'items')} kept as “not in this tier” because ${pluralWord(plan.tierChange.keptNotInTier.length, 'it holds', 'they hold')} your work.`,
    );
  }
  return (
    <div className="edit-consequences" role="status">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

/**
 * The Edit announcement form. Saving is one undoable step that updates the announcement and,
 * when the launch moved or the tier changed, its checklist; the form says what will happen first.
 */
export function AnnouncementEditDialog({ announcement, items, templateSets, settings, now, onClose }: Props) {
  const set = templateSets.find((candidate) => candidate.id === announcement.templateSetId);
  const tiers = useMemo(() => set?.tiers ?? [], [set]);
  const [draft, setDraft] = useState<AnnouncementDraft>(() => draftFromAnnouncement(announcement));
  const dirty = useIsDirty(draft);
  const [errors, setErrors] = useState<Partial<Record<AnnouncementField, string>>>({});
  const [saving, setSaving] = useState(false);
  const dateInput = useRef<HTMLInputElement>(null);
  const update = (patch: Partial<AnnouncementDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const tierKeys = useMemo(
    () => (tiers.length > 0 ? tiers.map((tier) => tier.key) : [announcement.tierKey]),
    [tiers, announcement.tierKey],
  );

  const plausibility = usePlausibility();
  // The plan, or why there is none: a due date the new launch or tier pushes out of range.
  const preview = useMemo((): AnnouncementEditPlan | string | null => {
    const result = validateAnnouncementDraft(draft, tierKeys);
    if (!result.ok) return null;
    try {
      return planAnnouncementEdit({
        announcement,
        input: result.value,
        items,
        set,
        settings,
        now: instantOf(now),
      });
    } catch (error) {
      return error instanceof DueDateOutOfRangeError ? error.message : null;
    }
  }, [draft, tierKeys, announcement, items, set, settings, now]);

  // `kept` is the date the planner just confirmed, passed along because state updates land later.
  const submit = (kept?: string | null) => {
    if (saving) return;
    const result = checkAnnouncementForm(draft, tierKeys, dateInput.current);
    if (!result.ok) return setErrors(result.errors);
    if (typeof preview === 'string') return setErrors({ launchDate: preview });
    setErrors({});
    const { launchDate } = result.value;
    // Only a date the planner changes is questioned; a stored one was settled before.
    const question =
      launchDate === announcement.launchDate
        ? null
        : implausibleDateQuestion(launchDate, instantToDay(instantOf(now), settings.timeZone));
    if (plausibility.needsAsking(launchDate, question, kept)) return;
    setSaving(true);
    void runWrite(updateAnnouncement(announcement.id, result.value).then(onClose), {
      done: `Saved “${result.value.title}”.`,
      showError: (_message, error) => {
        setSaving(false);
        setErrors(saveErrors(error));
      },
    });
  };

  const tierName = findTier(set, draft.tierKey)?.name ?? draft.tierKey;
  return (
    <Dialog
      title="Edit announcement"
      onClose={onClose}
      onSubmit={() => submit()}
      submitLabel="Save changes"
      dirty={dirty}
    >
      <AnnouncementFields
        draft={draft}
        errors={errors}
        update={update}
        tiers={
          tiers.length > 0
            ? tiers
            : [
                {
                  key: announcement.tierKey,
                  name: announcement.tierKey,
                  description: '',
                  rank: 3,
                  color: '#7a7a7a',
                  items: [],
                },
              ]
        }
        setName={set?.name ?? 'The template set of this announcement no longer exists.'}
        dateInput={dateInput}
        dateNote={
          <DateQuestion
            plausibility={plausibility}
            current={draft.launchDate}
            field={dateInput}
            onKeep={submit}
          />
        }
        tierNote={
          preview && typeof preview !== 'string' ? (
            <EditConsequences plan={preview} announcement={announcement} tierName={tierName} />
          ) : null
        }
      />
    </Dialog>
  );
}
