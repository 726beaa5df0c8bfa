/** How asking for notifications went. */
export type NotificationPermissionResult = 'granted' | 'denied' | 'unsupported';

/** How a shown notification ended; `denied` when it could not be shown at all. */
export type NotificationOutcome = 'clicked' | 'closed' | 'unsupported' | 'denied';

/**
 * Asks to show notifications. The desktop app needs no permission; a browser asks the person
 * once (call it from a click: browsers ignore a request nobody asked for).
 */
export async function requestNotificationPermission(): Promise<NotificationPermissionResult> {
  if (window.tierline) return 'granted';
  if (!('Notification' in window)) return 'unsupported';
  if (Notification.permission === 'granted') return 'granted';
  const answer = await Notification.requestPermission();
  return answer === 'granted' ? 'granted' : 'denied';
}

/**
 * Shows a notification: through the desktop bridge (Electron's Notification in the main
 * process), or the Web Notifications API in a browser. Settles when it is clicked or closed.
 */
export async function showNotification(title: string, body: string): Promise<NotificationOutcome> {
  if (window.tierline) return (await window.tierline.showNotification({ title, body })).status;
  if (!('Notification' in window)) return 'unsupported';
  if (Notification.permission !== 'granted') return 'denied';
  return new Promise((resolve) => {
    // One tag: a second window or a new day replaces the digest instead of stacking another.
    const notification = new Notification(title, { body, tag: 'tierline-digest' });
    notification.onclick = () => {
      window.focus();
      notification.close();
      resolve('clicked');
    };
    notification.onclose = () => resolve('closed');
    notification.onerror = () => resolve('denied');
  });
}
