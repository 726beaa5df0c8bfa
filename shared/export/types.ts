import type {
  Announcement,
  CalendarDay,
  ChecklistItem,
  Instant,
  MaintenanceWindow,
  Person,
  Settings,
  TemplateSet,
  WindowOccurrence,
} from '../types';

/** Everything an exporter may read: the planner's records plus the context to describe them. */
export type ExportInput = {
  announcements: Announcement[];
  items: ChecklistItem[];
  windows: MaintenanceWindow[];
  templateSets: TemplateSet[];
  settings: Settings;
  /** Who owners and assignees are (schema version 2); absent: every owner reads as nobody. */
  people?: Person[];
  /**
   * Stamps DTSTAMP, and ends an export without a "To" date a rolling year ahead for repeating
   * windows' steps (OPEN_EXPORT_DAYS); nothing else, so two exports the same day differ only in DTSTAMP.
   */
  now: Instant;
  /** Changed occurrences of repeating windows (issue 11): EXDATEs and overrides in ICS. */
  occurrences?: WindowOccurrence[];
};

export type ExportKind = 'announcement' | 'maintenance' | 'checklist';

export const EXPORT_KINDS: readonly ExportKind[] = ['announcement', 'maintenance', 'checklist'];

/** Filters every export understands; an absent field filters nothing. */
export type ExportFilters = {
  from?: CalendarDay;
  to?: CalendarDay;
  tierKeys?: string[];
  teams?: string[];
  owner?: string;
  kinds?: ExportKind[];
};

/** How checklist items appear in an ICS export. */
export type IcsTaskMode = 'events' | 'todos' | 'none';
