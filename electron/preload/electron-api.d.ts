/*
 * The whole of Electron a sandboxed preload may use: expose one object to the page, and invoke a
 * main-process handler. The preload's tsconfig maps 'electron' here, so the compiler refuses the
 * rest (the real typings reference Node's, which would let `process` or `require` through).
 * test/electron/preload/preload-boundary.test.ts checks these against Electron's own declarations.
 */

/** Electron's `contextBridge`, as far as the preload uses it. */
export declare const contextBridge: {
  exposeInMainWorld(apiKey: string, api: unknown): void;
};

/** Electron's `ipcRenderer`, as far as the preload uses it: request and answer, nothing else. */
export declare const ipcRenderer: {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
};
