import cspConfig from '../build/csp.json';

/*
 * One source of truth: build/csp.json is read by the plain .mjs build scripts (the meta tag in
 * index.html, the browser-mode server) and imported here for the header the app:// protocol sends.
 *
 * Why each relaxation exists:
 * - style-src 'unsafe-inline': React's `style` props and FullCalendar's positioning (`el.style.top`,
 *   `style: { width }`) write through the CSSOM, which CSP does not govern, so they work without it.
 *   It is kept as a margin for inline `style="..."` attributes and <style> elements that libraries
 *   may emit; styles cannot run code, so the cost is low. Dropping it is worth trying once the
 *   browser tests run green under the stricter policy.
 * - img-src data: blob: for icons inlined by the bundler and images built in memory.
 * - font-src data: for fonts inlined by the bundler.
 * There is no 'unsafe-eval' and no 'unsafe-inline' for scripts: the bundle needs neither.
 */

/** The Content-Security-Policy of every page the app serves. */
export const CONTENT_SECURITY_POLICY: string = cspConfig.contentSecurityPolicy;
