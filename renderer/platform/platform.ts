import type {
  ChoosePublishFolderResult,
  DesktopApi,
  FileFilter,
  OpenTextFileResult,
  PublishFile,
  PublishFilesResult,
  SaveTextFileResult,
} from '../../shared/ipc';
import { MAX_OPEN_FILE_BYTES } from '../../shared/ipc';

declare global {
  interface Window {
    /** Present only inside the desktop app, exposed by electron/preload/preload.ts. */
    readonly tierline?: DesktopApi;
  }
}

/** True inside the desktop app; false in browser mode and tests. */
export function isDesktop(): boolean {
  return window.tierline !== undefined;
}

/** The app version: the desktop bridge knows it; the browser build carries it from package.json. */
export async function appVersion(): Promise<string> {
  return window.tierline ? window.tierline.appVersion() : __APP_VERSION__;
}

/**
 * Saves text through the native Save dialog on desktop; in a browser it downloads the file,
 * which the browser saves to its downloads folder.
 */
export async function saveTextFile(
  suggestedName: string,
  contents: string,
  filters: FileFilter[],
): Promise<SaveTextFileResult> {
  if (window.tierline) return window.tierline.saveTextFile({ suggestedName, contents, filters });
  const mime = suggestedName.endsWith('.ics')
    ? 'text/calendar'
    : suggestedName.endsWith('.json')
      ? 'application/json'
      : 'text/markdown';
  const url = URL.createObjectURL(new Blob([contents], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.click();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { status: 'saved', path: suggestedName };
}

/** Opens a text file through the native Open dialog on desktop, a file picker in a browser. */
export async function openTextFile(filters: FileFilter[]): Promise<OpenTextFileResult> {
  if (window.tierline) return window.tierline.openTextFile({ filters });
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve({ status: 'cancelled' });
      // Same limit as the desktop app, checked before a byte is read.
      if (file.size > MAX_OPEN_FILE_BYTES)
        return resolve({ status: 'too-large', name: file.name, bytes: file.size });
      file.text().then(
        (contents) => resolve({ status: 'opened', name: file.name, contents }),
        () => resolve({ status: 'cancelled' }),
      );
    });
    input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
    input.click();
  });
}

/** Opens an http(s) link outside the app: the system browser on desktop, a new tab otherwise. */
export async function openExternal(url: string): Promise<void> {
  if (window.tierline) return window.tierline.openExternal(url);
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** What the publish functions answer in a browser, where no folder can be written to. */
export type PublishUnavailable = { status: 'unavailable'; message: string };

const PUBLISH_UNAVAILABLE: PublishUnavailable = {
  status: 'unavailable',
  message: 'Publishing to a folder needs the desktop app; in the browser, use Save file… to export by hand.',
};

/** Lets the planner pick the folder to publish into (desktop only). The main process remembers it until the app quits. */
export async function choosePublishFolder(): Promise<ChoosePublishFolderResult | PublishUnavailable> {
  if (window.tierline) return window.tierline.choosePublishFolder();
  return PUBLISH_UNAVAILABLE;
}

/** Writes the published files atomically into a folder chosen in this run (desktop only). */
export async function publishFiles(
  folder: string,
  files: PublishFile[],
): Promise<PublishFilesResult | PublishUnavailable> {
  if (window.tierline) return window.tierline.publishFiles({ folder, files });
  return PUBLISH_UNAVAILABLE;
}

/**
 * Puts text on the clipboard. Returns false when the browser refuses (no permission, no secure
 * context), so the caller can tell the planner instead of pretending it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
