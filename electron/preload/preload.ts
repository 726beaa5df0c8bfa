/*
 * Runs sandboxed: it may only require 'electron'. The build bundles shared/ipc.ts into it and
 * checks that no other require survives.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopApi } from './desktop-api';

contextBridge.exposeInMainWorld(
  'tierline',
  createDesktopApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
