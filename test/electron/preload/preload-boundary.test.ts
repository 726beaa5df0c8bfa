import { describe, expect, expectTypeOf, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { contextBridge as RealBridge, ipcRenderer as RealIpc } from 'electron';
import type { contextBridge, ipcRenderer } from '../../../electron/preload/electron-api';

/*
 * The preload compiles against electron/preload/electron-api.d.ts, two objects instead of the
 * whole of Electron (and Node with it). That subset must stay true to Electron: what the preload
 * calls on it has to exist on the real objects with arguments they accept.
 */
describe('the preload’s view of Electron', () => {
  it('is a subset of Electron’s own contextBridge and ipcRenderer', () => {
    expectTypeOf<typeof RealBridge.exposeInMainWorld>().toExtend<typeof contextBridge.exposeInMainWorld>();
    expectTypeOf<Parameters<typeof ipcRenderer.invoke>>().toExtend<Parameters<typeof RealIpc.invoke>>();
    expectTypeOf<ReturnType<typeof RealIpc.invoke>>().toExtend<ReturnType<typeof ipcRenderer.invoke>>();
  });

  it('is what the preload’s tsconfig resolves electron to, with no Node types', () => {
    const config = readFileSync(new URL('../../../electron/preload/tsconfig.json', import.meta.url), 'utf8');
    expect(config).toMatch(/"paths": \{ "electron": \["\.\/electron-api\.d\.ts"\] \}/);
    expect(config).toMatch(/"types": \[\]/);
  });
});
