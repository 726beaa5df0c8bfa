import { instantOf } from '../../shared/zoned-time';
import type { Instant } from '../../shared/types';
/** A new random record id. crypto.randomUUID exists in every browser and Electron we support. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current instant as stored in records. */
export function nowInstant(): Instant {
  return instantOf(new Date());
}
