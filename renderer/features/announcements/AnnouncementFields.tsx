import type { ReactNode, RefObject } from 'react';
import type { AnnouncementDraft, AnnouncementField } from '../../../shared/announcements/announcement-input';
import { ANNOUNCEMENT_STATUSES, type TierTemplate } from '../../../shared/types';
import { TEXT_LIMITS } from '../../../shared/text-limits';
import { Field } from '../../components/Field';
import { PersonPicker } from '../../components/PersonPicker';
import { counterHint, DAY_INPUT_LIMITS } from '../limits/input-limits';
import { statusLabel } from './status-label';
import { TierSuggestion } from './TierSuggestion';
import './announcements.css';

type Props = {
  draft: AnnouncementDraft;
  errors: Partial<Record<AnnouncementField, string>>;
  update: (patch: Partial<AnnouncementDraft>) => void;
  tiers: readonly TierTemplate[];
  /** The template set's name, shown under the tier select. */
  setName: string | undefined;
  dateInput: RefObject<HTMLInputElement | null>;
  /** Shown under the tier select, e.g. what a tier change will do to the checklist. */
  tierNote?: ReactNode;
  /** Shown under the launch date, e.g. "Is 2062 right?". */
  dateNote?: ReactNode;
};

/** Every announcement field, shared by the New and Edit forms so both ask the same things. */
export function AnnouncementFields(props: Props) {
  const { draft, errors, update, tiers, setName, dateInput, tierNote, dateNote } = props;
  const updateLink = (key: keyof AnnouncementDraft['links'], value: string) =>
    update({ links: { ...draft.links, [key]: value } });
  return (
    <>
      {/* No maxLength: the browser would cut a long paste without a word. The counter and the
          check on save say what is too long instead. */}
      <Field label="Title" error={errors.title} hint={counterHint(draft.title, TEXT_LIMITS.title)}>
        <input value={draft.title} onChange={(event) => update({ title: event.target.value })} autoFocus />
      </Field>
      <Field label="Tier" error={errors.tierKey} hint={setName}>
        <select value={draft.tierKey} onChange={(event) => update({ tierKey: event.target.value })}>
          {tiers.map((tier) => (
            <option key={tier.key} value={tier.key}>
              {tier.name}
            </option>
          ))}
        </select>
      </Field>
      {tierNote}
      <TierSuggestion tiers={tiers} onUse={(tierKey) => update({ tierKey })} />
      <div className="field-row">
        <Field label="Launch date" error={errors.launchDate}>
          <input
            ref={dateInput}
            type="date"
            {...DAY_INPUT_LIMITS}
            value={draft.launchDate}
            onChange={(event) => update({ launchDate: event.target.value })}
          />
        </Field>
        <Field label="Launch time" error={errors.launchTime} hint="Empty for all day">
          <input
            type="time"
            value={draft.launchTime}
            onChange={(event) => update({ launchTime: event.target.value })}
          />
        </Field>
      </div>
      {dateNote}
      {draft.launchTime !== '' ? (
        <Field label="Launch zone" error={errors.timeZone} hint="The zone the launch time is in">
          <input
            value={draft.timeZone}
            list="tierline-zones"
            onChange={(event) => update({ timeZone: event.target.value })}
          />
        </Field>
      ) : null}
      <div className="field-row">
        <Field label="Product owner" error={errors.productOwnerId}>
          <PersonPicker
            label="Product owner"
            value={draft.productOwnerId}
            onChange={(productOwnerId) => update({ productOwnerId })}
          />
        </Field>
        <Field label="Marketing owner" error={errors.marketingOwnerId}>
          <PersonPicker
            label="Marketing owner"
            value={draft.marketingOwnerId}
            onChange={(marketingOwnerId) => update({ marketingOwnerId })}
          />
        </Field>
      </div>
      <Field label="Status" error={errors.status}>
        <select value={draft.status} onChange={(event) => update({ status: event.target.value })}>
          {ANNOUNCEMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Summary" error={errors.summary} hint={counterHint(draft.summary, TEXT_LIMITS.summary)}>
        <textarea
          rows={3}
          value={draft.summary}
          onChange={(event) => update({ summary: event.target.value })}
        />
      </Field>
      <fieldset className="announcement-links">
        <legend>Links</legend>
        <Field label="Pull request" error={errors.links}>
          <input
            type="url"
            placeholder="https://"
            value={draft.links.pr}
            onChange={(event) => updateLink('pr', event.target.value)}
          />
        </Field>
        <Field label="Docs">
          <input
            type="url"
            placeholder="https://"
            value={draft.links.docs}
            onChange={(event) => updateLink('docs', event.target.value)}
          />
        </Field>
        <Field label="Blog post">
          <input
            type="url"
            placeholder="https://"
            value={draft.links.blog}
            onChange={(event) => updateLink('blog', event.target.value)}
          />
        </Field>
      </fieldset>
    </>
  );
}
