import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../../electron/main/atomic-write';
import type { BackupDeps } from '../../../electron/main/backup-handlers';

/** The node file system, as main.ts wires it for the snapshot handlers, with `backups` as the folder. */
export function nodeBackupDeps(backups: string): BackupDeps {
  return {
    backupsFolder: () => backups,
    makeFolder: async (folder) => {
      await mkdir(folder, { recursive: true });
    },
    listFiles: async (folder) => {
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      return Promise.all(
        entries
          .filter((entry) => entry.isFile())
          .map(async (entry) => ({
            name: entry.name,
            size: (await stat(path.join(folder, entry.name))).size,
          })),
      );
    },
    writeFileAtomic: (filePath, contents) => writeFileAtomic(filePath, contents),
    fileSize: async (filePath) => (await stat(filePath)).size,
    readFile: (filePath) => readFile(filePath),
    removeFile: (filePath) => rm(filePath, { force: true }),
  };
}
