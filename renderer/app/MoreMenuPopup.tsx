import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import type { MenuAction } from './MoreMenu';
import './menu-popup.css';

type Props = {
  id: string;
  actions: readonly MenuAction[];
  note?: string;
  /** The menu button, which keeps its own clicks (it toggles the menu). */
  button: RefObject<HTMLButtonElement | null>;
  /** Closes the menu and hands focus back to the button. */
  close: () => void;
  /** Closes the menu and leaves focus where it went (Tab, a click outside). */
  dismiss: () => void;
};

/** The open "More" menu (MoreMenu.tsx says how it behaves), loaded the first time it opens. */
export function MoreMenuPopup({ id, actions, note, button, close, dismiss }: Props) {
  useEffect(() => {
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      const menu = document.getElementById(id);
      if (!menu?.contains(target) && !button.current?.contains(target)) dismiss();
    };
    document.getElementById(id)?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [id, button, dismiss]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
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
    } else if (event.key === 'Tab') dismiss();
  };
  return (
    <div
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
  );
}
