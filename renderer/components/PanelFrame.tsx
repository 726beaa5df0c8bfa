import type { ReactNode } from 'react';
import { useUiStore } from '../stores/ui-store';
import './form.css';

/** The side panel's frame: a labelled region with a close button. */
export function PanelFrame({ label, children }: { label: string; children: ReactNode }) {
  const select = useUiStore((state) => state.select);
  return (
    <aside className="panel" aria-label={label}>
      <button type="button" className="panel__close" onClick={() => select(null)} aria-label="Close details">
        ×
      </button>
      {children}
    </aside>
  );
}
