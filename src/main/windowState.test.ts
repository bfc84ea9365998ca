import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, fitToScreens, loadWindowState, parseWindowState, saveWindowState } from './windowState.ts';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it.each([
    ['a valid state', '{"x":10,"y":20,"width":1000,"height":700,"maximized":false}', { x: 10, y: 20, width: 1000, height: 700, maximized: false }],
    ['a state without a place', '{"width":1000,"height":700,"maximized":true}', { width: 1000, height: 700, maximized: true }],
    ['a window too small to use', '{"x":0,"y":0,"width":10,"height":10,"maximized":false}', null],
    ['a half-written file', '{"x":0,"y":0,"wid', null],
    ['numbers as strings', '{"x":"0","y":0,"width":1000,"height":700,"maximized":false}', null],
    ['not an object', '[]', null],
  ])('%s', (_name, json, expected) => {
    expect(parseWindowState(json)).toEqual(expected);
  });
});

describe('fitToScreens', () => {
  it('keeps a place that is on a screen', () => {
    const state = { x: 2000, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToScreens(state, [laptop, rightMonitor])).toEqual(state);
  });
  it('forgets the place of a window on a monitor that is gone (the window is centred)', () => {
    const state = { x: 2000, y: 100, width: 1200, height: 800, maximized: true };
    expect(fitToScreens(state, [laptop])).toEqual({ width: 1200, height: 800, maximized: true });
  });
  it('shrinks a window larger than every screen', () => {
    expect(fitToScreens({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1050,
      maximized: false,
    });
  });
  it('a title bar above the screen is off screen', () => {
    expect(fitToScreens({ x: 100, y: -300, width: 1000, height: 700, maximized: false }, [laptop])).not.toHaveProperty('x');
  });
  it('no state yet: the default size, centred', () => {
    expect(fitToScreens(null, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });
});

describe('loadWindowState / saveWindowState', () => {
  it('round-trips through the file and reads a missing file as no state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soat-window-'));
    const file = join(dir, 'sub', 'cua-so.json');
    expect(await loadWindowState(file)).toBeNull();
    const state = { x: 5, y: 6, width: 1000, height: 700, maximized: false };
    await saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(await loadWindowState(file)).toEqual(state);
    rmSync(dir, { recursive: true, force: true });
  });
});
