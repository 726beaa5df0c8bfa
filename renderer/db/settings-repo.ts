import { defaultSettings } from '../../shared/settings-defaults';
import type { Settings } from '../../shared/types';
import { db } from './db';

/** The zone the operating system reports, used only when a plan is first created. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Makes sure a plan has its settings and the built-in handbook templates. Safe to run on every
 * start: it only adds what is missing and never overwrites a planner's edits.
 */
export async function ensurePlanReady(): Promise<void> {
  // The handbook's data loads here, not with the app (issue 13: 3 KiB of the start-up bundle), and
  // before the transaction: nothing unrelated may be awaited inside one.
  const { builtInTemplateSets } = await import('../../shared/templates/built-in-sets');
  await db.transaction('rw', db.settings, db.templateSets, async () => {
    if (!(await db.settings.get('settings'))) await db.settings.put(defaultSettings(systemTimeZone()));
    for (const set of builtInTemplateSets()) {
      if (!(await db.templateSets.get(set.id))) await db.templateSets.put(set);
    }
  });
}

/** The plan's settings; defaults if the plan has none yet (reads never write). */
export async function loadSettings(): Promise<Settings> {
  return (await db.settings.get('settings')) ?? defaultSettings(systemTimeZone());
}

/** Saves a change to the settings as one undoable action. */
export async function updateSettings(patch: Partial<Omit<Settings, 'id'>>): Promise<void> {
  // The write machinery loads with the first write, not with ensurePlanReady at start (issue 13).
  const { recordedChange } = await import('./recorded-change');
  await recordedChange('Change settings', async () => {
    const current = await loadSettings();
    return { settings: { put: [{ ...current, ...patch, id: 'settings' }] } };
  });
}
