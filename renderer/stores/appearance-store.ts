import { create } from 'zustand';
import { storedState } from './stored-state';

export const APPEARANCES = ['system', 'light', 'dark'] as const;
export type Appearance = (typeof APPEARANCES)[number];

type AppearanceState = {
  appearance: Appearance;
  setAppearance: (appearance: Appearance) => void;
};

/**
 * Settings → Appearance. It belongs to this computer (its screen, its owner's eyes), not to the
 * plan, so it lives in localStorage like the filters: plan files, backups and undo never carry
 * it. Anything unexpected read back means "follow the system".
 */
export const useAppearanceStore = create<AppearanceState>()(
  storedState(
    (set) => ({
      appearance: 'system',
      setAppearance: (appearance) => set({ appearance }),
    }),
    {
      name: 'tierline-appearance',
      partialize: (state) => ({ appearance: state.appearance }),
      merge: (stored, current) => {
        const value = (stored as { appearance?: unknown } | null)?.appearance;
        const appearance = APPEARANCES.find((candidate) => candidate === value) ?? 'system';
        return { ...current, appearance };
      },
    },
  ),
);
