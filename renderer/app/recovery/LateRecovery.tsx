import { lazy, Suspense, type ComponentProps } from 'react';
import type { RecoveryScreen as FullRecoveryScreen } from './RecoveryScreen';
import type { DialogRecovery as FullDialogRecovery } from './DialogRecovery';

type RecoveryProps = ComponentProps<typeof FullRecoveryScreen>;

/**
 * What shows when even the recovery screen's code can not load (the app's files went away under
 * it): what broke and a Reload, with nothing to load. Never a blank part.
 */
function PlainRecovery({
  part,
  error,
  headingLevel = 2,
}: Pick<RecoveryProps, 'part' | 'error' | 'headingLevel'>) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="recovery" role="alert">
      <Heading>{part} ran into a problem</Heading>
      <p className="recovery__error">{error.message}</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </section>
  );
}

function PlainDialogRecovery({ error }: ComponentProps<typeof FullDialogRecovery>) {
  return <PlainRecovery part="This dialog" error={error} />;
}

// Loaded when something fails, not at start (issue 13): a working plan never needs them.
const FullRecovery = lazy(() =>
  import('./RecoveryScreen').then(
    (module) => ({ default: module.RecoveryScreen }),
    () => ({ default: PlainRecovery }),
  ),
);
const FullDialog = lazy(() =>
  import('./DialogRecovery').then(
    (module) => ({ default: module.DialogRecovery }),
    () => ({ default: PlainDialogRecovery }),
  ),
);

/** The recovery screen (RecoveryScreen), its code loaded when a part first fails. */
export function LateRecoveryScreen(props: RecoveryProps) {
  return (
    <Suspense fallback={null}>
      <FullRecovery {...props} />
    </Suspense>
  );
}

/** The failed dialog's stand-in (DialogRecovery), its code loaded when a dialog first fails. */
export function LateDialogRecovery(props: ComponentProps<typeof FullDialogRecovery>) {
  return (
    <Suspense fallback={null}>
      <FullDialog {...props} />
    </Suspense>
  );
}
