import { useState } from 'react';

/**
 * The Export button. Until the exporters land it says so plainly instead of pretending: a
 * planner who clicks it learns what is coming, and nothing is downloaded.
 */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  return (
    <div className="menu">
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export
      </button>
      {open ? (
        <div className="menu__popup" role="menu" aria-label="Export">
          <p className="menu__note" role="menuitem" aria-disabled="true">
            Markdown and calendar (ICS) export are not available yet.
          </p>
        </div>
      ) : null}
    </div>
  );
}
