import type { Page } from 'playwright-core';

/**
 * Playwright has no way to observe a desktop notification a page shows, so the page's own
 * `Notification` is wrapped before the app loads: each one is still created through the real
 * API (with the permission the test granted) and is also kept where the test can read its text
 * and click it.
 */
export async function recordNotifications(page: Page, origin: string): Promise<void> {
  await page.context().grantPermissions(['notifications'], { origin });
  await page.addInitScript(() => {
    const Real = window.Notification;
    const shown: { title: string; body: string; notification: Notification }[] = [];
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push({ title, body: options?.body ?? '', notification: this });
      }
    }
    // Statics read the real object's state (their getters refuse another receiver).
    Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
    Object.defineProperty(Recorded, 'requestPermission', { value: Real.requestPermission.bind(Real) });
    Object.defineProperty(window, 'Notification', { value: Recorded, configurable: true, writable: true });
    Object.defineProperty(window, '__notifications', { value: shown });
  });
}

/** The title and body of every notification shown since the page loaded. */
export async function shownNotifications(page: Page): Promise<{ title: string; body: string }[]> {
  return page.evaluate(() =>
    (window as unknown as { __notifications: { title: string; body: string }[] }).__notifications.map(
      ({ title, body }) => ({ title, body }),
    ),
  );
}

/** Clicks the newest notification, as the person does in the system tray. */
export async function clickNotification(page: Page): Promise<void> {
  await page.evaluate(() => {
    const shown = (window as unknown as { __notifications: { notification: Notification }[] })
      .__notifications;
    shown.at(-1)?.notification.dispatchEvent(new Event('click'));
  });
}
