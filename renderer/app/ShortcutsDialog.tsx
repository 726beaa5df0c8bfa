import { Dialog } from '../components/Dialog';
import { SHORTCUTS } from '../features/keyboard/shortcut-keys';
import './keyboard-shortcuts.css';

/** The Keyboard shortcuts dialog `?` opens; loaded on the first `?` (issue 13). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    // An information dialog: one Close button, nothing to submit or cancel.
    <Dialog title="Keyboard shortcuts" onClose={onClose} closeLabel="Close">
      <table className="shortcuts">
        <caption className="visually-hidden">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <td>
                <kbd>{shortcut.keys}</kbd>
              </td>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
