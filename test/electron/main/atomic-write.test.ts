import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtomicWriteFs, AtomicWriteHandle } from '../../../electron/main/atomic-write';
import { nodeAtomicWriteFs, tempPathFor, writeFileAtomic } from '../../../electron/main/atomic-write';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tierline-atomic-'));
  target = path.join(dir, 'plan.ics');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The real file system, except that the step named `failAt` throws (after writing half the data, for 'write'). */
function failingFs(failAt: 'write' | 'sync' | 'close' | 'rename'): AtomicWriteFs {
  return {
    ...nodeAtomicWriteFs,
    open: async (filePath, flags, mode) => {
      const real = await nodeAtomicWriteFs.open(filePath, flags, mode);
      const handle: AtomicWriteHandle = {
        writeFile: async (data) => {
          if (failAt !== 'write') return real.writeFile(data);
          await real.writeFile(data.subarray(0, Math.floor(data.byteLength / 2)));
          throw new Error('ENOSPC: no space left on device');
        },
        sync: () => (failAt === 'sync' ? Promise.reject(new Error('EIO: sync failed')) : real.sync()),
        close: async () => {
          await real.close();
          if (failAt === 'close') throw new Error('EIO: close failed');
        },
      };
      return handle;
    },
    rename: (from, to) =>
      failAt === 'rename'
        ? Promise.reject(new Error('EXDEV: rename failed'))
        : nodeAtomicWriteFs.rename(from, to),
  };
}

describe('writeFileAtomic', () => {
  it('creates the file and leaves nothing else behind', async () => {
    await writeFileAtomic(target, 'Grüße ✓');
    expect(await readFile(target, 'utf8')).toBe('Grüße ✓');
    expect(await readdir(dir)).toEqual(['plan.ics']);
  });

  it('replaces an existing file and writes bytes as given', async () => {
    await writeFile(target, 'old');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
  });

  it.each(['write', 'sync', 'close', 'rename'] as const)(
    'keeps the old content whole and removes the temp file when %s fails',
    async (step) => {
      const old = 'OLD '.repeat(10_000);
      await writeFile(target, old);
      await expect(writeFileAtomic(target, 'NEW '.repeat(20_000), failingFs(step))).rejects.toThrow(
        /failed|no space/,
      );
      expect(await readFile(target, 'utf8')).toBe(old);
      expect(await readdir(dir)).toEqual(['plan.ics']);
    },
  );

  it('keeps the first error when closing also fails after a failed write', async () => {
    const fs = failingFs('write');
    const closeFailsToo: AtomicWriteFs = {
      ...fs,
      open: async (filePath, flags, mode) => {
        const handle = await fs.open(filePath, flags, mode);
        return {
          ...handle,
          close: async () => {
            await handle.close();
            throw new Error('EIO: close failed');
          },
        };
      },
    };
    await expect(writeFileAtomic(target, 'new', closeFailsToo)).rejects.toThrow(/no space/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects without creating anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'plan.ics'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves one whole version when writes race', async () => {
    const versions = Array.from({ length: 12 }, (_, i) => `version ${i} `.repeat(5_000));
    await Promise.all(versions.map((contents) => writeFileAtomic(target, contents)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['plan.ics']);
  });
});

describe('tempPathFor', () => {
  it('names a hidden, unique file in the same folder', () => {
    const a = tempPathFor(target);
    const b = tempPathFor(target);
    expect(path.dirname(a)).toBe(dir);
    expect(path.basename(a)).toMatch(/^\.plan\.ics\.[0-9a-f]{12}\.tmp$/);
    expect(a).not.toBe(b);
  });
});
