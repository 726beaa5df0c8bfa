type BackgroundScheduler = {
  postTask: (task: () => void, options: { priority: 'background' }) => Promise<void>;
};

/**
 * Resolves once the window has done what it had waiting: a task of background priority where the
 * browser schedules those (Chromium, Electron), else a new task. Long work done in parts pauses
 * on it between parts (a snapshot's JSON, the conflicts' first pass), so a planner's drop or key
 * press never waits behind all of it (issue 13).
 */
export function afterOtherWork(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: BackgroundScheduler }).scheduler;
  if (scheduler) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
