import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

export type AppRequestPath = { ok: true; filePath: string } | { ok: false; status: 403 | 404 };

const FORBIDDEN = { ok: false, status: 403 } as const;
const NOT_FOUND = { ok: false, status: 404 } as const;

/*
 * A decoded path segment may hold only what a bundler emits: letters, digits and a few
 * punctuation marks, not starting with a dot (no dotfiles) nor ending in a dot or space (Windows
 * drops those, so `index.html.` would alias another name). This refuses, among others, '%'
 * (double encoding: %252e decodes to %2e), ':' (drive letters, alternate data streams), '\' and
 * '/' (encoded separators), NUL and other control characters.
 */
const SAFE_SEGMENT = /^[A-Za-z0-9_~@+-](?:[A-Za-z0-9._~@+ -]*[A-Za-z0-9_~@+-])?$/;

/** A raw `..` or `.` segment, literal or percent-encoded in any case, separated by / or \ (raw or encoded). */
const RAW_DOT_SEGMENT = /(^|\/|\\|%2f|%5c)(\.|%2e){1,2}(?=$|\/|\\|%2f|%5c)/i;

/**
 * Maps an `app://tierline/...` request URL to a file inside `rendererRoot`, or refuses it.
 * Promises: the returned path is always `rendererRoot` itself joined with plain, safe segments, so it
 * can never name a file outside the built renderer folder. Refused with 403: another scheme or host,
 * credentials or a port, backslashes, NUL or control characters, `.`/`..` segments (also
 * percent-encoded or double-encoded), encoded separators, empty segments (`//evil`), malformed
 * escapes. `/` gives index.html; a folder path or one whose last segment has no extension gives
 * 404 (no SPA fallback: the planner has one page). Query and fragment are ignored. Existence is not checked.
 */
export function resolveAppRequestPath(requestUrl: string, rendererRoot: string): AppRequestPath {
  // Chromium would turn '\' into '/' before we see it; Node's parser keeps it. Refuse either way.
  if (requestUrl.includes('\\') || /[\u0000-\u001f\u007f]/.test(requestUrl)) return FORBIDDEN;

  const prefix = `${APP_SCHEME}://`;
  if (!requestUrl.toLowerCase().startsWith(prefix)) return FORBIDDEN;
  // Inspect the raw path before the URL parser resolves dot segments away.
  const afterScheme = requestUrl.slice(prefix.length);
  const hostEnd = afterScheme.search(/[/?#]/);
  const rawHost = hostEnd === -1 ? afterScheme : afterScheme.slice(0, hostEnd);
  if (rawHost.toLowerCase() !== APP_HOST) return FORBIDDEN;
  const rawRest = hostEnd === -1 ? '' : afterScheme.slice(hostEnd);
  const rawPath = rawRest.split(/[?#]/, 1)[0] ?? '';
  if (RAW_DOT_SEGMENT.test(rawPath)) return FORBIDDEN;

  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return FORBIDDEN;
  }
  if (
    parsed.hostname.toLowerCase() !== APP_HOST ||
    parsed.port !== '' ||
    parsed.username !== '' ||
    parsed.password !== ''
  ) {
    return FORBIDDEN;
  }

  let pathname = parsed.pathname === '' || parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  // A folder (`/assets/`) is checked like any path, then answered 404: there are no listings.
  const isFolder = pathname.endsWith('/');
  if (isFolder) pathname = pathname.slice(0, -1);
  const encodedSegments = pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const encoded of encodedSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return FORBIDDEN;
    }
    if (segment === '' || segment === '.' || segment === '..' || !SAFE_SEGMENT.test(segment))
      return FORBIDDEN;
    segments.push(segment);
  }

  const last = segments[segments.length - 1] ?? '';
  if (isFolder || path.extname(last) === '') return NOT_FOUND;

  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, ...segments);
  // Belt and braces: the checks above already make this impossible.
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return FORBIDDEN;
  return { ok: true, filePath };
}
