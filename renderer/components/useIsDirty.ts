import { useState } from 'react';
import { sameValue } from '../../shared/same-value';

/** True once `value` (a form's draft) differs from what it was when the form opened. */
export function useIsDirty<T>(value: T): boolean {
  const [initial] = useState(value);
  return !sameValue(initial, value);
}
