const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

// scheme, optional user info, host (a name, an IPv4 address or a bracketed IPv6 one), optional port.
const URL_PATTERN =
  /^([a-z][a-z0-9+.-]*):\/\/(?:([^@/?#\s]*)@)?(\[[0-9a-f:.]+\]|[^:/?#\s[\]]+)(?::(\d{1,5}))?(?:[/?#]\S*)?$/i;

/**
 * Why a calendar server URL is refused, or null when it may be used: only https, except plain http
 * to this machine (a local test server). Credentials never travel in the clear to another host.
 */
export function calendarUrlProblem(url: string): string | null {
  const match = URL_PATTERN.exec(url.trim());
  if (!match) return `not a URL: ${url.length > 80 ? `${url.slice(0, 80)}…` : url}`;
  const [, scheme = '', userInfo, host = ''] = match;
  if (userInfo !== undefined)
    return 'the URL must not contain a user name or password; give the user name separately';
  const protocol = scheme.toLowerCase();
  if (protocol === 'https') return null;
  if (protocol === 'http' && LOOPBACK.has(host.toLowerCase())) return null;
  if (protocol === 'http')
    return 'only https:// calendar servers are allowed (http:// only for 127.0.0.1 or localhost), so the password is never sent unencrypted';
  return `only https:// calendar servers are allowed; got ${protocol}://`;
}
