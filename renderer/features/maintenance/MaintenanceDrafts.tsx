import { useId, useMemo, useRef, useState } from 'react';
import { draftAdvanceEmail, draftServiceMessage, draftZones } from '../../../shared/maintenance/drafts';
import type { MaintenanceWindow } from '../../../shared/types';

type DraftBoxProps = { label: string; generated: string; rows?: number };

/** Puts text on the clipboard; false when the browser refuses (no permission, no focus, no API). */
function writeClipboard(text: string): Promise<boolean> {
  // The API is missing outside secure contexts, whatever the types say.
  const clipboard = (navigator as Partial<Navigator>).clipboard;
  if (!clipboard) return Promise.resolve(false);
  return clipboard.writeText(text).then(
    () => true,
    () => false,
  );
}

/**
 * One draft the planner can edit and copy. The text follows the window until the planner types
 * in it; after that their words stay (in this panel only) and a note says when the window has
 * changed since, with Reset to take the new text.
 */
function DraftBox({ label, generated, rows = 1 }: DraftBoxProps) {
  const id = useId();
  const [edited, setEdited] = useState<{ text: string; from: string } | null>(null);
  const [status, setStatus] = useState('');
  const box = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const value = edited?.text ?? generated;
  const stale = edited !== null && edited.from !== generated;
  const change = (text: string) => {
    setEdited((current) => ({ text, from: current?.from ?? generated }));
    setStatus('');
  };
  const copy = () => {
    void writeClipboard(value).then((ok) => {
      if (ok) return setStatus('Copied.');
      box.current?.focus();
      box.current?.select();
      setStatus('Press Ctrl+C to copy.');
    });
  };
  const control =
    rows > 1 ? (
      <textarea
        id={id}
        ref={box}
        rows={rows}
        value={value}
        onChange={(event) => change(event.target.value)}
        spellCheck
      />
    ) : (
      <input id={id} ref={box} value={value} onChange={(event) => change(event.target.value)} spellCheck />
    );
  return (
    <div className="draft">
      <div className="draft__head">
        <label htmlFor={id}>{label}</label>
        <span className="draft__status" role="status">
          {status}
        </span>
        {edited ? (
          <button
            type="button"
            className="draft__button"
            onClick={() => setEdited(null)}
            aria-label={`Reset ${label}`}
          >
            Reset
          </button>
        ) : null}
        <button type="button" className="draft__button" onClick={copy} aria-label={`Copy ${label}`}>
          Copy
        </button>
      </div>
      {control}
      {stale ? (
        <p className="draft__stale">
          The window has changed since you edited this. Reset to take the new times.
        </p>
      ) : null}
    </div>
  );
}

/**
 * The advance email and the `/service-message` texts (during and after the work), written from
 * the window by shared/maintenance/drafts. Edits are kept only while the panel shows this window:
 * drafts are working text to copy into the email tool and the website, not plan data.
 */
export function MaintenanceDrafts({ window }: { window: MaintenanceWindow }) {
  const email = useMemo(() => draftAdvanceEmail(window, { zones: [] }), [window]);
  const during = useMemo(() => draftServiceMessage(window, { zones: [], phase: 'during' }), [window]);
  const after = useMemo(() => draftServiceMessage(window, { zones: [], phase: 'after' }), [window]);
  const zones = ['UTC', ...draftZones(window)];
  return (
    <section className="maint-section drafts" aria-labelledby={`drafts-${window.id}`}>
      <h3 id={`drafts-${window.id}`}>Drafts</h3>
      <p className="maint-hint">
        Written from the window’s details, with times in {zones.join(', ')} (add zones with Edit → Audience
        zones). Your edits here are not saved: copy the text out when it reads right.
      </p>
      {window.disruption === 'none' ? (
        <p className="maint-hint">
          Users should not notice this work, so the handbook needs no email; the drafts are here if you want
          them.
        </p>
      ) : null}
      <h4>Advance email</h4>
      <DraftBox label="Email subject" generated={email.subject} />
      <DraftBox label="Email body" generated={email.body} rows={12} />
      <h4>/service-message</h4>
      <DraftBox label="Service message during the work" generated={during} rows={10} />
      <DraftBox label="Service message after the work" generated={after} rows={8} />
    </section>
  );
}
