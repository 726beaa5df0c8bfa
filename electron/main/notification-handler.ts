import type { ShowNotificationRequest, ShowNotificationResult } from '../../shared/ipc';
import { IPC_CHANNELS } from '../../shared/ipc';
import { IPC_ARGUMENT_SCHEMAS } from '../../shared/ipc-validation';
import type { IpcHandler } from './ipc-guard';
import { guard } from './ipc-guard';

/** The operating-system side of a notification; main.ts passes Electron's, tests pass fakes. */
export type NotificationDeps = {
  notificationsSupported(): boolean;
  /** Shows the notification; settles with how it ended. */
  showNotification(request: ShowNotificationRequest): Promise<'clicked' | 'closed'>;
  /** Brings the app window to the front (restoring it when minimised). */
  focusWindow(): void;
};

/**
 * The `notification:show` handler: app sender and a valid `{ title, body }` only, then one
 * notification with exactly that text. A click brings the window forward before the renderer
 * hears of it, so the Work view it opens is in front of the planner.
 */
export function createNotificationHandler(deps: NotificationDeps): IpcHandler {
  return guard(
    IPC_CHANNELS.showNotification,
    IPC_ARGUMENT_SCHEMAS[IPC_CHANNELS.showNotification],
    async ([request]): Promise<ShowNotificationResult> => {
      if (!deps.notificationsSupported()) return { status: 'unsupported' };
      const outcome = await deps.showNotification({ title: request.title, body: request.body });
      if (outcome === 'clicked') deps.focusWindow();
      return { status: outcome };
    },
  );
}
