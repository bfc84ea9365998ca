// Room: main — saves the window's size and place as the user moves it (at most twice a second)
// and when it closes, so the next start opens it there.
import type { BrowserWindow } from 'electron';
import { saveWindowState, type WindowState } from './windowState.ts';

const DELAY_MS = 500;

export function rememberWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const current = (): WindowState => ({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    // Losing the place is harmless; the window must never fail because of it.
    void saveWindowState(file, current()).catch(() => undefined);
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, DELAY_MS);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', later);
  window.on('unmaximize', later);
  window.on('close', save);
}
