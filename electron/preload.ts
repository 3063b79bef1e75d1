import { contextBridge, ipcRenderer } from 'electron';
import { createPlannerBridge } from './preload/createBridge.js';

// The sandboxed preload (bundled to CommonJS as out/electron/preload.cjs): it exposes
// only the named functions built in createBridge.ts, under `window.planner`.
contextBridge.exposeInMainWorld('planner', createPlannerBridge(ipcRenderer));
