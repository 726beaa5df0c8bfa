// The calendar reader's worker: thin glue around shared/import's pure job, so a hostile file
// can only ever block this thread, which the dialog can terminate, never the window.
import type { IcsPreviewMessage, IcsPreviewRequest } from '../../../shared/import/ics-preview-job';
import { runIcsPreview } from '../../../shared/import/ics-preview-job';

// The renderer's program has the DOM lib, not the worker one: this is the part of the worker scope used.
type WorkerScope = {
  onmessage: ((event: MessageEvent<IcsPreviewRequest>) => void) | null;
  postMessage: (message: IcsPreviewMessage) => void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  // performance.now(), not Date.now(): a page may fake its clock, a budget must not stand still.
  runIcsPreview(
    event.data,
    (message) => scope.postMessage(message),
    () => performance.now(),
  );
};
