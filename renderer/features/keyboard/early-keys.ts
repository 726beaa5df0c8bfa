import { isPlainShortcut, isTextEntry } from './shortcut-keys';
import { useUiStore } from '../../stores/ui-store';

/** The parts whose own key listeners load with their code (issue 13), after the calendar shows. */
export type LateKeyOwner = 'search' | 'panel';

type HeldKey = { target: EventTarget; init: KeyboardEventInit };

const ready = new Set<LateKeyOwner>();
const held = new Map<LateKeyOwner, HeldKey[]>();
// The presses this module sends again, so it does not hold them a second time.
const replayed = new WeakSet<Event>();

/** Which late part a press is for (the same tests its own listener makes), or null. */
function ownerOf(event: KeyboardEvent): LateKeyOwner | null {
  const ui = useUiStore.getState();
  if (ui.dialog.kind === 'none') {
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    const slash =
      event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextEntry(event.target);
    if (commandK || slash) return 'search';
  }
  if (ui.selection && (event.key === 'e' || event.key === 'Delete') && isPlainShortcut(event)) return 'panel';
  return null;
}

function hold(event: KeyboardEvent): void {
  if (replayed.has(event)) return;
  const owner = ownerOf(event);
  if (!owner || ready.has(owner)) return;
  // Taken now (so no other listener acts on it, nor the browser's own `/` find), sent again once
  // the part that owns it is listening: a shortcut pressed before its part loaded is never lost.
  event.preventDefault();
  const { key, code, ctrlKey, metaKey, altKey, shiftKey } = event;
  const list = held.get(owner) ?? [];
  list.push({ target: event.target ?? window, init: { key, code, ctrlKey, metaKey, altKey, shiftKey } });
  held.set(owner, list);
}

/** Starts holding the late parts' shortcuts; main.tsx calls it before anything else listens. */
export function installEarlyKeys(): void {
  window.addEventListener('keydown', hold);
}

/**
 * Called by a late part once its own key listener is in place: from now on its keys go straight to
 * it, and those pressed while it loaded are sent to it, in order, from where they were pressed.
 */
export function markKeysReady(owner: LateKeyOwner): void {
  if (ready.has(owner)) return;
  ready.add(owner);
  const list = held.get(owner) ?? [];
  held.delete(owner);
  for (const { target, init } of list) {
    const event = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true });
    replayed.add(event);
    const connected = !(target instanceof Node) || target.isConnected;
    (connected ? target : document.body).dispatchEvent(event);
  }
}
