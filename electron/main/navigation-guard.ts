import { isAppUrl } from './app-origin';

/** Longest URL handed to the operating system; real links are far shorter. */
const MAX_EXTERNAL_URL_LENGTH = 8192;

/**
 * True only for navigations that stay inside the app origin. Everything else (other sites,
 * file:, data:, javascript:) is refused, so a hostile link cannot replace the planner page.
 */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The normalised URL to pass to `shell.openExternal`, or null when it must not leave the app:
 * only parsed http:/https: URLs with a host and without embedded credentials (which are a
 * phishing trick: `https://bank.example@evil.example`). javascript:, file:, data:, custom
 * schemes (which can launch other programs) and malformed input all give null.
 */
export function externalUrlToOpen(url: string): string | null {
  if (url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // WHATWG parsing silently strips tabs/newlines and trims spaces; a link that needs that is not honest.
  if (/[\u0000-\u0020\u007f]/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
