import { SyncAuthError, SyncNetworkError } from '../../../shared/sync/transport';
import { calendarUrlProblem } from '../../../shared/sync/url-policy';

export type CalDavFetchOptions = {
  user: string;
  password: string;
  /** How many times a 429 or 503 is retried after its Retry-After (default 3). */
  maxRetries?: number;
  /** The longest wait honoured, in ms (default 30 s); a longer Retry-After is cut to this. */
  maxWaitMs?: number;
  /** Per-request time limit in ms (default 30 s). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
};

const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

/** Seconds or an HTTP date (RFC 9110 §10.2.3) as milliseconds from now; 1 s when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (header === null) return 1000;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - now);
}

function networkMessage(url: string, error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const host = new URL(url).host;
  if (CERTIFICATE_CODES.test(code))
    return `the certificate of ${host} is not trusted (${code}); Tierline does not connect to servers it cannot verify`;
  if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError')
    return `${host} did not answer in time`;
  return `cannot reach ${host}${code ? ` (${code})` : ''}: ${cause?.message ?? (error as Error).message}`;
}

/**
 * A fetch for tsdav that signs every request in (HTTP Basic), refuses URLs outside the policy (a
 * server may redirect elsewhere), backs off on 429/503 by Retry-After a bounded number of times,
 * and turns failures into SyncNetworkError, and a 401, into SyncAuthError.
 */
export function calDavFetch(options: CalDavFetchOptions): typeof fetch {
  const base = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const authorization = `Basic ${Buffer.from(`${options.user}:${options.password}`, 'utf8').toString('base64')}`;
  const maxRetries = options.maxRetries ?? 3;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    let url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const problem = calendarUrlProblem(url);
    if (problem) throw new SyncNetworkError(problem);
    let redirects = 0;
    const headers = new Headers(init?.headers);
    headers.set('Authorization', authorization);
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await base(url, {
          ...init,
          headers,
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        throw new SyncNetworkError(networkMessage(url, error));
      }
      if (response.status === 401)
        throw new SyncAuthError(
          `sign-in failed at ${new URL(url).host}: check the user name and the app password`,
        );
      const location = response.headers.get('Location');
      // Redirects are followed here, each target checked against the policy like the first URL.
      if (response.status >= 300 && response.status < 400 && location && init?.redirect !== 'manual') {
        if (++redirects > 5) throw new SyncNetworkError(`too many redirects from ${new URL(url).host}`);
        url = new URL(location, url).href;
        const redirected = calendarUrlProblem(url);
        if (redirected) throw new SyncNetworkError(`the server redirected elsewhere: ${redirected}`);
        attempt--;
        continue;
      }
      if (response.status !== 429 && response.status !== 503) return response;
      if (attempt >= maxRetries)
        throw new SyncNetworkError(
          `${new URL(url).host} is busy (HTTP ${response.status}) after ${maxRetries + 1} tries; try again later`,
        );
      await response.body?.cancel();
      await sleep(Math.min(maxWaitMs, retryAfterMs(response.headers.get('Retry-After'))));
    }
  };
}
