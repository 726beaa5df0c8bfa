/** What the in-page probes recorded for one drop, in page milliseconds since navigation. */
export type DropTiming = { drop: number; commit: number; settled: number; longestTask: number };

/** The probes' interface on `window.__bench`, installed before any page script runs. */
export type BenchProbes = {
  /** Resolves with the time `text` was first in the page and a frame had passed. */
  painted(text: string): Promise<number>;
  /**
   * Like `painted`, for a text node that is `text` exactly: an item's own title, not another
   * item's text that names it (Tierline's checklist markers name their launch).
   */
  paintedExactly(text: string): Promise<number>;
  /** Forgets earlier drops, commits and mutations: call just before a drag. */
  reset(): void;
  /** Waits for a committed write and `quietMs` without DOM changes or long tasks, then reports. */
  settle(quietMs: number, maxMs: number): Promise<DropTiming>;
  /** Resolves at the next frame after the month title reads `text` (page time). */
  titled(text: string): Promise<number>;
  /** The time of the last click (its event timestamp). */
  lastClick(): number;
  /** Resolves at the next frame after a button reading exactly `label` is enabled (page time). */
  enabled(label: string): Promise<number>;
  /** When the first read-write transaction over `store` completed at or after `after`; NaN if none. */
  committed(store: string, after: number): number;
};

/**
 * Installed with `page.addInitScript` on both pages, so both are measured by the same code: the
 * drop is the pointerup's timestamp; "committed" is the first read-write IndexedDB transaction
 * completing after it; "settled" is the last DOM change or long task before a quiet spell.
 * Runs in the page: it must not use anything from this module's scope.
 */
export function installProbes(): void {
  const state = { drops: [] as number[], commits: [] as number[], lastChange: 0, click: 0 };
  const commitLog: { time: number; stores: string[] }[] = [];
  const tasks: { start: number; end: number }[] = [];
  // Wrapped, not replaced: the original is called with the database it was called on.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: unknown[]) {
    const transaction = (original as (...a: unknown[]) => IDBTransaction).apply(this, args);
    if (args[1] === 'readwrite')
      transaction.addEventListener('complete', () => {
        state.commits.push(performance.now());
        commitLog.push({ time: performance.now(), stores: [...transaction.objectStoreNames] });
      });
    return transaction;
  } as typeof original;
  addEventListener('pointerup', (event) => state.drops.push(event.timeStamp), true);
  addEventListener('click', (event) => (state.click = event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    state.lastChange = performance.now();
  });
  const watch = () =>
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  watch();
  const nextFrame = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
    );
  const until = (check: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (check()) return resolve();
      // A page that never shows the text must fail the run, not hang it.
      const timeout = setTimeout(() => reject(new Error('The awaited text never appeared.')), 30_000);
      const probe = new MutationObserver(() => {
        if (!check()) return;
        probe.disconnect();
        clearTimeout(timeout);
        resolve();
      });
      // `disabled` too: a button that becomes usable changes no text.
      probe.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributeFilter: ['disabled'],
      });
    });
  const probes = {
    painted: async (text: string) => {
      await until(() => (document.body?.textContent ?? '').includes(text));
      return nextFrame();
    },
    paintedExactly: async (text: string) => {
      await until(() => {
        if (!document.body) return false;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (node.nodeValue === text) return true;
        return false;
      });
      return nextFrame();
    },
    titled: async (text: string) => {
      await until(() => [...document.querySelectorAll('h2')].some((heading) => heading.textContent === text));
      return nextFrame();
    },
    lastClick: () => state.click,
    enabled: async (label: string) => {
      await until(() =>
        [...document.querySelectorAll('button')].some(
          (button) => button.textContent === label && !button.disabled,
        ),
      );
      return nextFrame();
    },
    committed: (store: string, after: number) =>
      commitLog.find((entry) => entry.time >= after && entry.stores.includes(store))?.time ?? NaN,
    reset: () => {
      state.drops = [];
      state.commits = [];
    },
    settle: (quietMs: number, maxMs: number) =>
      new Promise((resolve) => {
        const began = performance.now();
        const poll = () => {
          const drop = state.drops[state.drops.length - 1] ?? NaN;
          const commit = state.commits.find((time) => time >= drop) ?? NaN;
          const lastTask = tasks
            .filter((task) => task.start >= drop)
            .reduce((last, task) => Math.max(last, task.end), 0);
          const last = Math.max(state.lastChange, lastTask, commit || 0);
          const now = performance.now();
          if ((!Number.isNaN(commit) && now - last >= quietMs) || now - began > maxMs) {
            const longestTask = tasks
              .filter((task) => task.start >= drop)
              .reduce((longest, task) => Math.max(longest, task.end - task.start), 0);
            resolve({ drop, commit, settled: last, longestTask });
            return;
          }
          setTimeout(poll, 20);
        };
        poll();
      }),
  };
  (window as unknown as { __bench: typeof probes }).__bench = probes;
}
