// Room: preload — runs sandboxed, before the page: it may import only shared and electron.
// It exposes purposes, not channels: one named, typed function per use case on window.soat,
// built from the shared tables of use cases (desktop, audit, article channels), so a use case added there
// reaches the page with its name and types and nothing else does.
// Built as CommonJS with shared inlined, because a sandboxed preload cannot load modules.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ArticleChannel, IMPORT_EVENT, isImportEvent } from '../shared/articleChannels.ts';
import type { ArticleApi } from '../shared/ArticleApi.ts';
import type { ImportEvent } from '../shared/articleSchemas.ts';
import { AuditChannel } from '../shared/auditChannels.ts';
import { Channel } from '../shared/channels.ts';
import { COMMAND_EVENT, DesktopChannel, isAppCommand, type AppCommand } from '../shared/desktopChannels.ts';
import type { AuditApi } from '../shared/AuditApi.ts';
import type { DesktopApi, SoatApi } from '../shared/SoatApi.ts';

const desktop = Object.fromEntries(
  Object.entries({ ...DesktopChannel, ...AuditChannel, ...ArticleChannel }).map(([method, channel]) => [method, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)]),
) as unknown as DesktopApi & AuditApi & ArticleApi;

const api: SoatApi = {
  ...desktop,
  appInfo: () => ipcRenderer.invoke(Channel.appInfo),
  onCommand(listener) {
    // The page gets the command name only, never the IPC event (which could reach ipcRenderer).
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isAppCommand(command)) listener(command as AppCommand);
    };
    ipcRenderer.on(COMMAND_EVENT, forward);
    return () => void ipcRenderer.removeListener(COMMAND_EVENT, forward);
  },
  onImportEvent(listener) {
    // Main checked the event against the shared schema; here only its shape, and never the IPC event.
    const forward = (_event: IpcRendererEvent, event: unknown): void => {
      if (isImportEvent(event)) listener(event as ImportEvent);
    };
    ipcRenderer.on(IMPORT_EVENT, forward);
    return () => void ipcRenderer.removeListener(IMPORT_EVENT, forward);
  },
  // Electron's open dialog gives the chosen folder's or file's path.
  choosesPaths: true,
};

contextBridge.exposeInMainWorld('soat', api);
