import { useState } from 'react';
import { sameValue } from '../../shared/same-value';

/**
 * `value`, or the one this hook returned before when it holds the same data: a list worked out
 * afresh after every write (the teams, owners and tiers the filter bar offers) keeps its identity
 * while its contents do, so a memoised part that shows it skips the render (issue 13).
 */
export function useSameValue<T>(value: T): T {
  const [kept, keep] = useState(value);
  if (kept === value || sameValue(kept, value)) return kept;
  // New data: kept from now on (React's "storing information from previous renders").
  keep(value);
  return value;
}
