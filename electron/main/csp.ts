import cspConfig from '../../build/csp.json';

/*
 * One source of truth: build/csp.json is read by the plain .mjs build scripts (the meta tag in
 * index.html, the browser-mode server) and imported here for the header the app:// protocol sends.
 *
 * Styles come from the bundle only (style-src 'self'): React's `style` props and FullCalendar's
 * positioning (`el.style.top`) write through the CSSOM, which CSP does not govern. Every browser
 * test fails on any CSP violation (test/e2e/browser.ts), so a library that starts injecting
 * <style> elements is caught before it ships.
 *
 * Why each relaxation exists:
 * - img-src data: blob: for icons inlined by the bundler and images built in memory.
 * - font-src data: for fonts inlined by the bundler.
 * There is no 'unsafe-eval' and no 'unsafe-inline' for scripts: the bundle needs neither.
 */

/** The Content-Security-Policy of every page the app serves. */
export const CONTENT_SECURITY_POLICY: string = cspConfig.contentSecurityPolicy;
