import { plural } from '../../../shared/plural';

/**
 * "1 conflict", "3 conflicts": the badge's accessible name. A module of its own so the calendar's
 * items carry it from the start while the rest of the conflicts' words (conflict-view.ts) load
 * with the counts and the panel (issue 13's start-up bundle).
 */
export function conflictCountText(count: number): string {
  return plural(count, 'conflict');
}
