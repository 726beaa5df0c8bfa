import { useId } from 'react';
import { APPEARANCES, useAppearanceStore, type Appearance } from '../../stores/appearance-store';

const LABELS: Record<Appearance, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/**
 * Settings → Appearance: System (follow the operating system), Light or Dark. It applies at
 * once and stays on this computer, like "I am": Cancel does not undo it.
 */
export function AppearanceSetting() {
  const appearance = useAppearanceStore((state) => state.appearance);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Appearance</label>
      <select
        id={id}
        value={appearance}
        onChange={(event) =>
          useAppearanceStore
            .getState()
            .setAppearance(APPEARANCES.find((choice) => choice === event.target.value) ?? 'system')
        }
      >
        {APPEARANCES.map((choice) => (
          <option key={choice} value={choice}>
            {LABELS[choice]}
          </option>
        ))}
      </select>
    </div>
  );
}
