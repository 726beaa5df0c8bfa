import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './recovery/ErrorBoundary';
import { LateRecoveryScreen } from './recovery/LateRecovery';

type Props = {
  /** Where the part sits, for the error log: `side panel`, `search`, `filter bar`… */
  where: string;
  /** What broke, in the planner's words, for the recovery screen; none for a part that hides instead. */
  part?: string;
  /** Shown while the part's code loads: the same size as the part, so nothing around it moves. */
  placeholder?: ReactNode;
  children: ReactNode;
};

/**
 * One part of the window whose code loads on demand (issue 13), in a boundary of its own: while it
 * loads only its placeholder shows, and if it fails (to load or to render) only it is replaced, by
 * a recovery screen or by nothing. One Suspense boundary per part, never one around several: a
 * boundary shared with the calendar re-rendered, and failed, with it (test/e2e/recovery.test.ts).
 */
export function LazyPart({ where, part, placeholder = null, children }: Props) {
  return (
    <ErrorBoundary
      where={where}
      fallback={(error, reset) =>
        part ? <LateRecoveryScreen part={part} error={error} reset={reset} /> : placeholder
      }
    >
      <Suspense fallback={placeholder}>{children}</Suspense>
    </ErrorBoundary>
  );
}
