import type { CustomScheme } from 'electron';

/*
 * FROZEN. The renderer's IndexedDB (the whole plan) belongs to this origin. Changing the scheme,
 * the host or anything else that changes the origin orphans every user's data: the app would
 * start on an empty plan while the old database sits unreachable in userData.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tierline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page the one window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`, which must run before `app` is ready and
 * replaces earlier registrations, so it is called exactly once with this list.
 * - standard: relative URLs resolve and the scheme gets a real origin (IndexedDB, localStorage).
 * - secure: a secure context, as for https (crypto.subtle, no mixed-content downgrades).
 * - supportFetchAPI: the renderer may fetch its own assets.
 * - codeCache: V8 may cache compiled scripts (only honoured for standard schemes).
 * corsEnabled stays off on purpose: it would let other origins read our responses, and our
 * module scripts are same-origin, so they do not need it.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * True when `url` parses and points into the app origin (`app://tierline/...`, no credentials,
 * no port). Anything unparseable is not an app URL.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    // Chromium lowercases hosts of standard schemes; Node keeps them as written.
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
