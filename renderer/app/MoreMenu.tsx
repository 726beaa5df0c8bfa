import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './more-menu.css';

/** One entry of the menu: its visible name and what choosing it does. */
export type MenuAction = { label: string; run: () => void };

/**
 * The toolbar's "More" menu button, where secondary actions fold in a narrow window (issue 10).
 * It follows the WAI-ARIA menu button pattern: the first item takes focus on open, arrows,
 * Home and End move, Escape closes and hands focus back to the button, Tab or a click outside
 * closes it.
 */
export function MoreMenu({ actions, note }: { actions: readonly MenuAction[]; note?: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      items[moves[event.key] ?? 0]?.focus();
    } else if (event.key === 'Escape') {
      // The menu, not an open panel or dialog behind it, takes this Escape.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') setOpen(false);
  };
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
        <div
          ref={menu}
          id={id}
          role="menu"
          aria-label="More actions"
          className="menu__popup more-menu__popup"
          onKeyDown={onKeyDown}
        >
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu__item"
              onClick={() => {
                // Focus goes to the opener first, so a dialog the action opens returns it there.
                close();
                action.run();
              }}
            >
              {action.label}
            </button>
          ))}
          {note ? <p className="menu__note">{note}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
