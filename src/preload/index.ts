// Room: preload — runs sandboxed, before the page: it may import only shared and electron.
// It exposes purposes, not channels: one named, typed function per use case on window.soat.
// Built as CommonJS with shared inlined, because a sandboxed preload cannot load modules.
import { contextBridge, ipcRenderer } from 'electron';
import { Channel } from '../shared/channels.ts';
import type { SoatApi } from '../shared/SoatApi.ts';

const api: SoatApi = {
  appInfo: () => ipcRenderer.invoke(Channel.appInfo),
};

contextBridge.exposeInMainWorld('soat', api);
