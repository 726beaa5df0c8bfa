import { MAX_BACKUP_BYTES } from '../../shared/backup/limits';
import type { SenderLike } from './ipc-guard';
import { IpcRefusedError } from './ipc-guard';

/** How many snapshot texts one window may be sending at once; a further one drops the oldest. */
export const MAX_OPEN_STREAMS = 4;

type Stream = { pieces: string[]; length: number; bytes: number; overLimit: boolean };

/**
 * The pieces of the snapshot texts windows are sending, a slice at a time as the page makes them:
 * handed over whole, a 10,000-item plan's 4 MB text was one long task in the window (issue 13).
 * Kept per window, so no window can add to, write or drop another's; let go of when written,
 * forgotten, or when the window goes. A stream never holds more than a snapshot may be
 * (MAX_BACKUP_BYTES as UTF-8), and a window never more than MAX_OPEN_STREAMS streams.
 */
export class SnapshotPieces {
  private readonly windows = new Map<number, Map<string, Stream>>();

  /** Adds `piece` to the window's stream; refuses it (and from then on the stream) past the size limit. */
  add(sender: SenderLike, stream: string, piece: string): void {
    const held = this.openStream(sender, stream);
    if (!held.overLimit) {
      held.bytes += Buffer.byteLength(piece, 'utf8');
      held.overLimit = held.bytes > MAX_BACKUP_BYTES;
    }
    if (held.overLimit) {
      held.pieces = [];
      throw new IpcRefusedError('backups:piece: refused, the snapshot is larger than the 50 MB backup limit');
    }
    held.pieces.push(piece);
    held.length += piece.length;
  }

  /**
   * The stream's text, joined, when exactly `pieces` pieces of `length` UTF-16 code units in all
   * arrived; null when not (a piece lost, or a stream this window never sent). Lets go of it either way.
   */
  take(sender: SenderLike, stream: string, pieces: number, length: number): string | null {
    const held = this.windows.get(sender.id)?.get(stream);
    this.forget(sender, stream);
    if (held?.overLimit)
      throw new IpcRefusedError(
        'backups:write-pieces: refused, the snapshot is larger than the 50 MB backup limit',
      );
    if (!held || held.pieces.length !== pieces || held.length !== length) return null;
    return held.pieces.join('');
  }

  forget(sender: SenderLike, stream: string): void {
    this.windows.get(sender.id)?.delete(stream);
  }

  private openStream(sender: SenderLike, stream: string): Stream {
    let streams = this.windows.get(sender.id);
    if (!streams) {
      const opened = new Map<string, Stream>();
      streams = opened;
      this.windows.set(sender.id, opened);
      // A window closed (or crashed) mid-snapshot never writes or forgets its streams. Only this
      // map's own entry goes: a later window with a reused id has its own.
      sender.once('destroyed', () => {
        if (this.windows.get(sender.id) === opened) this.windows.delete(sender.id);
      });
    }
    let held = streams.get(stream);
    if (!held) {
      // A reloaded page leaves its unfinished streams behind: the oldest goes first (Map keeps insertion order).
      if (streams.size >= MAX_OPEN_STREAMS) streams.delete(streams.keys().next().value as string);
      held = { pieces: [], length: 0, bytes: 0, overLimit: false };
      streams.set(stream, held);
    }
    return held;
  }
}
