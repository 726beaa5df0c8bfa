import { useAppearanceStore, type Appearance } from '../stores/appearance-store';
import './dark.css';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function apply(appearance: Appearance, systemDark: boolean): void {
  const dark = appearance === 'dark' || (appearance === 'system' && systemDark);
  const root = document.documentElement;
  // data-theme drives our stylesheet; data-color-scheme is the attribute FullCalendar's palette
  // reads; color-scheme gives native controls (selects, date pickers, scroll bars) the same.
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.colorScheme = dark ? 'dark' : 'light';
  root.style.colorScheme = dark ? 'dark' : 'light';
}

/**
 * Keeps the page's theme in step with Settings → Appearance and, on System, with the operating
 * system's light or dark choice as it changes. Called once, before the first render, so the
 * app never flashes the wrong theme.
 */
export function installAppearance(): void {
  const media = window.matchMedia(DARK_QUERY);
  const update = () => apply(useAppearanceStore.getState().appearance, media.matches);
  update();
  media.addEventListener('change', update);
  useAppearanceStore.subscribe(update);
}
