import type { Page } from 'playwright-core';

/**
 * The disk fills up: every IndexedDB write fails the way Chromium reports a full quota. Switched
 * by setDiskFull, so the plan is created first. Add it with `page.addInitScript` and reload.
 */
export function simulateFullDisk(): void {
  const state = window as unknown as { tierlineDiskFull?: boolean };
  const prototype = IDBObjectStore.prototype;
  for (const method of ['put', 'add', 'delete'] as const) {
    const original = Object.getOwnPropertyDescriptor(prototype, method)?.value as (
      ...args: unknown[]
    ) => IDBRequest;
    Object.defineProperty(prototype, method, {
      configurable: true,
      writable: true,
      value(this: IDBObjectStore, ...args: unknown[]) {
        if (state.tierlineDiskFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      },
    });
  }
}

/** What the app says when a write finds the disk full. */
export const DISK_FULL_MESSAGE =
  'There is no room left for Tierline on this computer, so the change was not saved.';

/** Fills the disk (every IndexedDB write fails) or frees it again. */
export function setDiskFull(page: Page, full: boolean): Promise<void> {
  return page.evaluate((value) => {
    (window as unknown as { tierlineDiskFull: boolean }).tierlineDiskFull = value;
  }, full);
}
