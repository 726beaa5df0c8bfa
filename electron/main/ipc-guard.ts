import type { z } from 'zod';
import type { IpcChannel } from '../../shared/ipc';
import type { SenderFrameLike } from './ipc-sender';
import { isTrustedSender } from './ipc-sender';

/** The slice of Electron's `WebContents` a handler that keeps something per window reads. */
export type SenderLike = { id: number; once(event: 'destroyed', listener: () => void): unknown };

/**
 * The slice of Electron's `IpcMainInvokeEvent` the handlers read. `sender` is always there in
 * Electron; only the handlers that keep state per window (snapshot pieces) need it.
 */
export type IpcEventLike = { senderFrame: SenderFrameLike; sender?: SenderLike };

export type IpcHandler = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

/** Thrown (and so rejected in the renderer) when a call is refused before any work is done. */
export class IpcRefusedError extends Error {
  override readonly name = 'IpcRefusedError';
}

/** Wraps a handler so it first refuses a sender outside the app origin, then arguments that fail `schema`. */
export function guard<T>(
  channel: IpcChannel,
  schema: z.ZodType<T>,
  run: (args: T, event: IpcEventLike) => Promise<unknown>,
): IpcHandler {
  return async (event, ...args) => {
    if (!isTrustedSender(event.senderFrame))
      throw new IpcRefusedError(`${channel}: refused, the sender is not the app`);
    const parsed = schema.safeParse(args);
    if (!parsed.success) throw new IpcRefusedError(`${channel}: refused, invalid arguments`);
    return run(parsed.data, event);
  };
}
