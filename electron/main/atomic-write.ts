import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The slice of a file handle the writer uses; node's `FileHandle` fits. */
export type AtomicWriteHandle = {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** The file-system calls the writer makes, injectable so tests can fail any step. */
export type AtomicWriteFs = {
  open(filePath: string, flags: string, mode?: number): Promise<AtomicWriteHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: boolean }): Promise<void>;
};

export const nodeAtomicWriteFs: AtomicWriteFs = {
  open: (filePath, flags, mode) => fsPromises.open(filePath, flags, mode),
  rename: (from, to) => fsPromises.rename(from, to),
  rm: (filePath, options) => fsPromises.rm(filePath, options),
};

/** The temp file's name: hidden, next to the target (rename is only atomic within one file system), unique. */
export function tempPathFor(targetPath: string): string {
  const dir = path.dirname(targetPath);
  return path.join(dir, `.${path.basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces `targetPath` with `contents` (strings as UTF-8) so that readers, and the file after a
 * crash, see either the whole old file or the whole new one, never a mix: the data goes to a
 * fresh temp file in the same folder, is flushed to disk, then renamed over the target. On any
 * failure the temp file is removed, the target is left as it was, and the error is rethrown.
 */
export async function writeFileAtomic(
  targetPath: string,
  contents: string | Uint8Array,
  fs: AtomicWriteFs = nodeAtomicWriteFs,
): Promise<void> {
  const data = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  const tempPath = tempPathFor(targetPath);
  // 'wx' fails if the name exists, so a leftover or planted file is never written through.
  const handle = await fs.open(tempPath, 'wx', 0o666);
  let renamed = false;
  try {
    let written = false;
    try {
      await handle.writeFile(data);
      await handle.sync();
      written = true;
    } finally {
      // A close error matters only when the write itself succeeded; otherwise keep the first error.
      await handle.close().catch((error: unknown) => {
        if (written) throw error;
      });
    }
    await fs.rename(tempPath, targetPath);
    renamed = true;
  } finally {
    if (!renamed) await fs.rm(tempPath, { force: true }).catch(() => undefined);
  }
}
