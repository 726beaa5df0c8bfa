import type { DueOffset } from '../../../shared/types';
import { plural } from '../../../shared/plural';

function days(count: number): string {
  return plural(count, 'day');
}

function minutesText(minutes: number): string {
  const abs = Math.abs(minutes);
  if (abs % (24 * 60) === 0) return days(abs / (24 * 60));
  if (abs % 60 === 0) return `${abs / 60} h`;
  return `${abs} min`;
}

/** A due rule in the planner's words: "on launch day", "7 days after launch", "next Array edition". */
export function describeOffset(offset: DueOffset | null): string {
  if (offset === null) return 'no rule (set by hand)';
  switch (offset.kind) {
    case 'launch':
      if (offset.days === 0) return 'on launch day';
      return offset.days < 0 ? `${days(-offset.days)} before launch` : `${days(offset.days)} after launch`;
    case 'next-array':
      return 'next Array edition';
    case 'maintenance':
      if (offset.anchor === 'planned') return 'as soon as the work is planned';
      if (offset.minutes === 0) return `at the ${offset.anchor} of the work`;
      return `${minutesText(offset.minutes)} ${offset.minutes < 0 ? 'before' : 'after'} the ${offset.anchor} of the work`;
  }
}
