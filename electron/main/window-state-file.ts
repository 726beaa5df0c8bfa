import * as fsPromises from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';
import type { WindowState } from './window-state';
import { parseWindowState, serializeWindowState } from './window-state';

/**
 * The window state stored at `filePath`, or null when the file is missing, unreadable or corrupt;
 * never rejects, because a lost window position must not stop the app from starting.
 */
export async function readWindowStateFile(filePath: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await fsPromises.readFile(filePath, 'utf8'));
  } catch {
    return null;
  }
}

/** Stores the state atomically, so a crash mid-write leaves the previous state readable. */
export async function writeWindowStateFile(filePath: string, state: WindowState): Promise<void> {
  await writeFileAtomic(filePath, serializeWindowState(state));
}
