import type { Instant } from './types';

/** What every stored record that others sync or export carries: when it last changed, and how often. */
export type Revisable = { updatedAt: Instant; sequence: number };

/**
 * `record` with `changes` applied, as edited at `now`: `updatedAt` stamped and `sequence` one
 * higher. The sequence is what calendar clients and sync read to tell a newer copy of an event
 * from an older one (RFC 5545 SEQUENCE), so every edit of a record goes through here.
 */
export function revised<T extends Revisable>(record: T, now: Instant, changes: Partial<T> = {}): T {
  return { ...record, ...changes, updatedAt: now, sequence: record.sequence + 1 };
}
