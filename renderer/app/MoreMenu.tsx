import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import './more-menu.css';

/** One entry of the menu: its visible name and what choosing it does. */
export type MenuAction = { label: string; run: () => void };

// The open menu (its items, keys and outside clicks) loads the first time it opens: the first
// month view shows only the button (issue 13: the start-up bundle).
const LateMoreMenuPopup = lazy(() =>
  import('./MoreMenuPopup').then((module) => ({ default: module.MoreMenuPopup })),
);

/**
 * The toolbar's "More" menu button, where secondary actions fold in a narrow window (issue 10).
 * It follows the WAI-ARIA menu button pattern: the first item takes focus on open, arrows,
 * Home and End move, Escape closes and hands focus back to the button, Tab or a click outside
 * closes it.
 */
export function MoreMenu({ actions, note }: { actions: readonly MenuAction[]; note?: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const dismiss = useCallback(() => setOpen(false), []);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <div className="menu more-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <LateMoreMenuPopup
            id={id}
            actions={actions}
            note={note}
            button={button}
            close={close}
            dismiss={dismiss}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
