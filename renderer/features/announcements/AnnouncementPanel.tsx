import { errorMessage } from '../../../shared/error-message';
import { lazy, Suspense, useMemo, useState } from 'react';
import { PersonName } from '../../components/PersonName';
import { formatDayForPeople } from '../../../shared/calendar-day';
import { checklistProgress } from '../../../shared/checklist/progress';
import type { Announcement, AnnouncementLinks, Settings } from '../../../shared/types';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import { PanelFrame } from '../../components/PanelFrame';
import { planReapplyTemplate } from '../../../shared/announcements/announcement-edit';
import { deleteAnnouncement, reapplyTemplate } from '../../db/announcement-repo';
import { openExternal } from '../../platform/platform';
import { useUiStore } from '../../stores/ui-store';
import { tierOf } from '../../../shared/templates/built-in-sets';
import type { PlanData } from '../../db/usePlanData';
import { ChecklistEditor } from '../checklist/ChecklistEditor';
import { CopyChecklistButton } from '../export/CopyChecklistButton';
import { runWrite } from '../../components/run-write';
import { statusLabel } from './status-label';
import { useSelectedItemKeys } from '../keyboard/useSelectedItemKeys';
import './announcements.css';

// The edit form and its checks (zod) load when the planner first edits, not with the calendar (issue 13).
const AnnouncementEditDialog = lazy(() =>
  import('./AnnouncementEditDialog').then((module) => ({ default: module.AnnouncementEditDialog })),
);

type Props = { announcement: Announcement; plan: PlanData; settings: Settings; now: Date };

const LINK_LABELS: Record<keyof AnnouncementLinks, string> = {
  pr: 'Pull request',
  docs: 'Docs',
  blog: 'Blog post',
};

type Pending = { kind: 'delete' } | { kind: 'reapply'; added: number; removed: number; kept: number } | null;

/** An announcement and its checklist, in the side panel: what, when, who, and the work left. */
export function AnnouncementPanel(props: Props) {
  // Keyed, so a half-open confirm or edit form never carries over to another announcement.
  return <AnnouncementPanelBody key={props.announcement.id} {...props} />;
}

function AnnouncementPanelBody({ announcement, plan, settings, now }: Props) {
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  useSelectedItemKeys({ edit: () => setEditing(true), remove: () => setPending({ kind: 'delete' }) });
  const today = instantToDay(instantOf(now), settings.timeZone);
  const items = useMemo(
    () => plan.items.filter((item) => item.parentId === announcement.id),
    [plan.items, announcement.id],
  );
  const progress = checklistProgress(items, today);
  const tier = tierOf(announcement, plan.templateSets);
  const set = plan.templateSets.find((candidate) => candidate.id === announcement.templateSetId);
  const cancelled = announcement.status === 'cancelled';
  const links = (Object.keys(LINK_LABELS) as (keyof AnnouncementLinks)[]).filter(
    (key) => announcement.links[key] !== '',
  );

  const askReapply = () => {
    try {
      const result = planReapplyTemplate({ announcement, items, set, settings, now: instantOf(now) });
      if (result.added.length === 0 && result.removed.length === 0 && result.keptNotInTier.length === 0) {
        useUiStore.getState().showToast('The checklist already has every item of its template.');
        return;
      }
      setPending({
        kind: 'reapply',
        added: result.added.length,
        removed: result.removed.length,
        kept: result.keptNotInTier.length,
      });
    } catch (error) {
      useUiStore.getState().showToast(errorMessage(error, 'The template cannot be re-applied.'));
    }
  };

  return (
    <PanelFrame label="Announcement details">
      <header className="announcement-head">
        <h2 className={cancelled ? 'announcement-head__title--cancelled' : undefined}>
          {announcement.title}
        </h2>
        <div className="announcement-head__badges">
          <span className="tier-badge" style={{ background: tier?.color ?? '#7a7a7a' }}>
            {tier?.name ?? announcement.tierKey}
          </span>
          <span className={`status-badge status-badge--${announcement.status}`}>
            {statusLabel(announcement.status)}
          </span>
        </div>
      </header>
      <dl className="announcement-facts">
        <dt>Launch</dt>
        <dd>
          {formatDayForPeople(announcement.launchDate)}
          {announcement.launchTime
            ? ` at ${announcement.launchTime} (${announcement.timeZone})`
            : ' (all day)'}
        </dd>
        <dt>Product owner</dt>
        <dd>
          <PersonName id={announcement.productOwnerId} />
        </dd>
        <dt>Marketing owner</dt>
        <dd>
          <PersonName id={announcement.marketingOwnerId} />
        </dd>
        {set ? (
          <>
            <dt>Template</dt>
            <dd>{set.name}</dd>
          </>
        ) : null}
      </dl>
      {announcement.summary ? <p className="announcement-summary">{announcement.summary}</p> : null}
      {links.length > 0 ? (
        <ul className="announcement-links-list" aria-label="Links">
          {links.map((key) => (
            <li key={key}>
              <a
                href={announcement.links[key]}
                onClick={(event) => {
                  event.preventDefault();
                  void openExternal(announcement.links[key]);
                }}
              >
                {LINK_LABELS[key]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="announcement-actions">
        <button type="button" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" onClick={askReapply}>
          Re-apply template
        </button>
        <CopyChecklistButton
          parent={{ kind: 'announcement', announcement }}
          items={items}
          templateSets={plan.templateSets}
          settings={settings}
        />
        <button type="button" className="button--danger" onClick={() => setPending({ kind: 'delete' })}>
          Delete
        </button>
      </div>
      {pending?.kind === 'delete' ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm delete">
          <p>
            Delete “{announcement.title}” and its {items.length} checklist items? Undo can bring it back.
          </p>
          <button type="button" onClick={() => setPending(null)}>
            Keep it
          </button>
          <button
            type="button"
            className="button--danger"
            // Focused, so Delete then Enter deletes from the keyboard (the question is the guard).
            autoFocus
            onClick={() => {
              useUiStore.getState().select(null);
              void runWrite(deleteAnnouncement(announcement.id), {
                done: `Deleted “${announcement.title}”.`,
              });
            }}
          >
            Delete for good
          </button>
        </div>
      ) : null}
      {pending?.kind === 'reapply' ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm re-apply template">
          <p>
            Re-applying the {tier?.name ?? announcement.tierKey} template: {pending.added} added,{' '}
            {pending.removed} untouched removed, {pending.kept} kept as “not in this tier”. Ticks, people,
            notes and hand-set dates stay.
          </p>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
          <button
            type="button"
            className="button--primary"
            onClick={() => {
              setPending(null);
              void runWrite(reapplyTemplate(announcement.id), { done: 'Re-applied the template.' });
            }}
          >
            Re-apply
          </button>
        </div>
      ) : null}
      <section className="announcement-checklist" aria-labelledby={`${announcement.id}-checklist`}>
        <div className="announcement-checklist__head">
          <h3 id={`${announcement.id}-checklist`}>Checklist</h3>
          <span
            className="announcement-progress"
            aria-label={`${progress.done} of ${progress.total} done, ${progress.overdue} overdue`}
          >
            {progress.done}/{progress.total} done
            {progress.overdue > 0 ? (
              <strong className="announcement-progress__overdue"> · {progress.overdue} overdue</strong>
            ) : null}
          </span>
        </div>
        <progress max={Math.max(progress.total, 1)} value={progress.done} aria-hidden="true" />
        <ChecklistEditor
          items={items}
          today={today}
          timeZone={settings.timeZone}
          emptyText="No checklist items. Re-apply the template or add your own."
          parent={{ id: announcement.id, kind: 'announcement', defaultDueDate: announcement.launchDate }}
        />
      </section>
      {editing ? (
        <Suspense fallback={null}>
          <AnnouncementEditDialog
            announcement={announcement}
            items={items}
            templateSets={plan.templateSets}
            settings={settings}
            now={now}
            onClose={() => setEditing(false)}
          />
        </Suspense>
      ) : null}
    </PanelFrame>
  );
}
