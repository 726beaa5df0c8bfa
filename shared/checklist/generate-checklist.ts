import { newChecklistItem } from './new-item';
import type {
  CalendarDay,
  ChecklistItem,
  Instant,
  TeamDefaultOwners,
  TemplateItem,
  TierTemplate,
} from '../types';
import { dueDateForOffset } from './due-dates';
import { requireDueDatesInRange } from './due-range';
import type { DueDateSettings } from './due-dates';

/**
 * The id a template item gets on an announcement's checklist. Deterministic on purpose: a tier
 * changed away and back, or a checklist regenerated, yields the same ids, so references from
 * exports (ICS UIDs) and undo survive.
 */
export function checklistItemId(parentId: string, templateItemId: string): string {
  return `${parentId}:${templateItemId}`;
}

/** The checklist item one template item becomes for this announcement, at position `order`. */
export function checklistItemFromTemplate(args: {
  parentId: string;
  templateItem: TemplateItem;
  order: number;
  launchDate: CalendarDay;
  settings: DueDateSettings;
  now: Instant;
  /** Per team and channel, who a new item goes to (Settings → People); absent: nobody. */
  defaultOwners?: TeamDefaultOwners | undefined;
}): ChecklistItem {
  const { parentId, templateItem, order, launchDate, settings, now, defaultOwners } = args;
  return newChecklistItem(
    {
      id: checklistItemId(parentId, templateItem.id),
      parentId,
      parentKind: 'announcement',
      templateItemId: templateItem.id,
      title: templateItem.title,
      channel: templateItem.channel,
      team: templateItem.team,
      assigneeId: defaultOwners?.[templateItem.team]?.[templateItem.channel] ?? null,
      offset: { ...templateItem.offset },
      dueDate: dueDateForOffset(templateItem.offset, launchDate, settings),
      order,
    },
    now,
  );
}

/**
 * A fresh checklist for an announcement of this tier launching on `launchDate`: one item per
 * template item, in template order (`order` 0, 1, …), ids `${parentId}:${templateItemId}`,
 * nothing done, assigned only where `defaultOwners` names the team's owner for the item's channel,
 * due days from dueDateForOffset. Throws DueDateOutOfRangeError, naming the
 * item, when an offset pushes a due day outside the plannable range.
 */
export function generateChecklist(args: {
  parentId: string;
  tier: TierTemplate;
  launchDate: CalendarDay;
  settings: DueDateSettings;
  now: Instant;
  defaultOwners?: TeamDefaultOwners | undefined;
}): ChecklistItem[] {
  const { parentId, tier, launchDate, settings, now, defaultOwners } = args;
  return requireDueDatesInRange(
    tier.items.map((templateItem, order) =>
      checklistItemFromTemplate({ parentId, templateItem, order, launchDate, settings, now, defaultOwners }),
    ),
  );
}
