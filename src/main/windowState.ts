// Room: main — the window's size and place, remembered between sessions in a small JSON file in
// the data folder. What is read back is validated (a hand-edited or half-written file must not
// open a window of size zero) and fitted to the screens there are now (a window last shown on a
// monitor since unplugged comes back centred on one that exists). No Electron import: index.ts
// passes the displays' work areas, so this is tested directly.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'cua-so.json';
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_SIZE.width).max(16_384),
  height: z.number().int().min(MIN_SIZE.height).max(16_384),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The state in a file's text, or null when it is not a valid one. */
export function parseWindowState(json: string): WindowState | null {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** How much of a title bar must show on some screen for the place to be kept. */
const VISIBLE = 64;

/** The state, shrunk to the largest screen and moved to the centre when off every screen. */
export function fitToScreens(state: WindowState | null, workAreas: readonly Area[]): WindowState {
  const largest = workAreas.reduce<Area | null>((best, a) => (best === null || a.width * a.height > best.width * best.height ? a : best), null);
  const base = state ?? { ...DEFAULT_SIZE, maximized: false };
  const width = largest ? Math.min(base.width, largest.width) : base.width;
  const height = largest ? Math.min(base.height, largest.height) : base.height;
  const { x, y } = base;
  const onScreen =
    x !== undefined &&
    y !== undefined &&
    workAreas.some(
      (a) => x + width - VISIBLE >= a.x && x + VISIBLE <= a.x + a.width && y >= a.y && y + VISIBLE <= a.y + a.height,
    );
  return onScreen ? { x, y, width, height, maximized: base.maximized } : { width, height, maximized: base.maximized };
}

export async function loadWindowState(file: string): Promise<WindowState | null> {
  const raw = await readFile(file, 'utf8').catch(() => null);
  return raw === null ? null : parseWindowState(raw);
}

/** Written whole and renamed into place, so a crash never leaves half a file. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  await writeFile(temporary, JSON.stringify(state), 'utf8');
  await rename(temporary, file);
}
