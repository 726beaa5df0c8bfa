import type { StateCreator } from 'zustand';

/** How a store keeps part of its state on this computer (localStorage). */
export type StoredStateOptions<S> = {
  /** The localStorage key. */
  name: string;
  /** The part of the state that outlives a reload. */
  partialize: (state: S) => Partial<S>;
  /**
   * The first state, given what was stored under `name`: anything at all (an older version's shape,
   * a hand edit, garbage), or undefined when nothing readable was. By default the stored fields
   * are laid over the initial ones.
   */
  merge?: (stored: unknown, initial: S) => S;
};

// zustand's `persist` middleware wrote this shape; what earlier versions stored reads back as is.
type Stored = { state?: unknown; version?: unknown };

function readStored(name: string): unknown {
  try {
    const text = localStorage.getItem(name);
    if (text === null) return undefined;
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { state, version } = parsed as Stored;
    // Version 0 is the only one ever written; a later version's shape is not ours to guess at.
    return version === undefined || version === 0 ? state : undefined;
  } catch {
    // Not JSON, or storage refused (a locked-down profile): start as if nothing had been stored.
    return undefined;
  }
}

function layOver<S>(stored: unknown, initial: S): S {
  return typeof stored === 'object' && stored !== null ? { ...initial, ...stored } : initial;
}

/**
 * Wraps a zustand state creator so the `partialize`d part of the state is read from localStorage
 * when the store is made (synchronously: the first render already has it) and written back after
 * every change to it. Issue 13: zustand's `persist` middleware (rehydration listeners, versions,
 * migrations and asynchronous storages the app never used) was 1 KiB gzip of the start-up bundle.
 */
export function storedState<S>(
  create: StateCreator<S, [], []>,
  options: StoredStateOptions<S>,
): StateCreator<S, [], []> {
  return (set, get, api) => {
    const initial = create(set, get, api);
    let written = '';
    api.subscribe((state) => {
      const text = JSON.stringify({ state: options.partialize(state), version: 0 });
      // A toast or a selection changes the state but not what is stored: no write for those.
      if (text === written) return;
      written = text;
      try {
        localStorage.setItem(options.name, text);
      } catch {
        // Storage full or refused: the state still holds for this run, as before a reload.
      }
    });
    return (options.merge ?? layOver)(readStored(options.name), initial);
  };
}
