import type { IcsImportResult } from '../../../shared/import/ics-import';
import type { IcsPreviewMessage, IcsPreviewRequest } from '../../../shared/import/ics-preview-job';
import { ICS_PREVIEW_TIME_BUDGET_MS, timeBudgetMessage } from '../../../shared/import/ics-preview-job';

/** How reading a calendar in the worker ended. */
export type IcsPreviewOutcome =
  | { status: 'done'; result: IcsImportResult }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

/** A calendar being read: its outcome, and a way to stop it. */
export type IcsPreviewRun = { outcome: Promise<IcsPreviewOutcome>; cancel: () => void };

/**
 * Reads a calendar in a Web Worker so that no file can freeze the window: progress arrives through
 * `onProgress`; `cancel()` or the time budget terminates the worker outright (a rule stuck inside
 * ical.js cannot be interrupted any other way), and the outcome says so. Nothing is ever written here.
 */
export function startIcsPreview(
  request: IcsPreviewRequest,
  onProgress: (done: number, total: number) => void,
): IcsPreviewRun {
  const worker = new Worker(new URL('./ics-worker.ts', import.meta.url), { type: 'module' });
  const budgetMs = request.budgetMs ?? ICS_PREVIEW_TIME_BUDGET_MS;
  let settle: (outcome: IcsPreviewOutcome) => void = () => undefined;
  const outcome = new Promise<IcsPreviewOutcome>((resolve) => {
    settle = resolve;
  });
  let finished = false;
  const finish = (result: IcsPreviewOutcome): void => {
    if (finished) return;
    finished = true;
    window.clearTimeout(timer);
    worker.terminate();
    settle(result);
  };
  // The worker keeps its own budget between events; this one also ends a worker stuck inside one.
  const timer = window.setTimeout(
    () => finish({ status: 'failed', message: timeBudgetMessage(request.name, budgetMs) }),
    budgetMs,
  );
  worker.onmessage = (event: MessageEvent<IcsPreviewMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.done, message.total);
    else if (message.type === 'done') finish({ status: 'done', result: message.result });
    else finish({ status: 'failed', message: message.message });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({
      status: 'failed',
      message: `${request.name} could not be read (${event.message || 'the reader stopped'}). Nothing was changed.`,
    });
  };
  worker.postMessage(request);
  return { outcome, cancel: () => finish({ status: 'cancelled' }) };
}
