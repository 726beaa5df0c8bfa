import type { WindowOccurrence } from '../../shared/types';
import { usePlanData } from './usePlanData';

const NONE: WindowOccurrence[] = [];

/**
 * The changed occurrences of repeating windows, live: the live plan's, which reads them with the
 * rest of the plan and passes them through its restore step (a row that fails its schema, or whose
 * series is gone or no longer repeats, is reported there and left out here: its occurrence falls
 * back to the series' own time). Empty until the plan has been read.
 */
export function useWindowOccurrences(): WindowOccurrence[] {
  return usePlanData()?.occurrences ?? NONE;
}
