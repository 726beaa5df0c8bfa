import { diffRows } from '../../../shared/conflicts/row-diff';
import type { ChecklistItem } from '../../../shared/types';

type Item = Pick<ChecklistItem, 'team'>;

/**
 * The teams a plan's items name, each once, kept up to date from the items each write changed.
 * The plan keeps every unchanged item as the same object, so after a drop only the items it wrote
 * are counted again, not all 9,000 (issue 13); the list keeps its identity while the teams stay.
 */
export class ItemTeams {
  private items: readonly Item[] = [];
  private readonly counts = new Map<string, number>();
  private teams: readonly string[] = [];

  of(items: readonly Item[]): readonly string[] {
    if (items === this.items) return this.teams;
    const { removed, added } = diffRows(this.items, items);
    this.items = items;
    let changed = false;
    for (const item of added) {
      const count = this.counts.get(item.team) ?? 0;
      changed ||= count === 0;
      this.counts.set(item.team, count + 1);
    }
    for (const item of removed) {
      const count = (this.counts.get(item.team) ?? 0) - 1;
      if (count > 0) this.counts.set(item.team, count);
      else {
        this.counts.delete(item.team);
        changed = true;
      }
    }
    if (changed) this.teams = [...this.counts.keys()];
    return this.teams;
  }
}
