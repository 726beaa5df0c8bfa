import { isAppUrl } from './app-origin';

/** The part of Electron's `WebFrameMain` the check needs; `senderFrame` is null once the frame is gone. */
export type SenderFrameLike = { url: string } | null | undefined;

/**
 * True only when the frame that sent an IPC message shows a page of the app origin. There is no
 * localhost or file:// allowance: the app is always served from `app://tierline`, in development too,
 * so a page that navigated elsewhere (or a destroyed frame) can never reach the disk handlers.
 */
export function isTrustedSender(frame: SenderFrameLike): boolean {
  if (frame === null || frame === undefined) return false;
  if (typeof frame.url !== 'string') return false;
  return isAppUrl(frame.url);
}
