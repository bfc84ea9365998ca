import { describe, expect, it } from 'vitest';
import { appDataFolder } from './appDataFolder.ts';

describe('appDataFolder', () => {
  it.each([
    ['linux', {}, '/home/lan', '/home/lan/.config/Soat'],
    ['linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/lan', '/data/cfg/Soat'],
    ['linux', { XDG_CONFIG_HOME: '' }, '/home/lan', '/home/lan/.config/Soat'],
    ['linux', { XDG_CONFIG_HOME: 'relative/cfg' }, '/home/lan', '/home/lan/.config/Soat'],
    ['freebsd', {}, '/home/lan', '/home/lan/.config/Soat'],
    ['darwin', { XDG_CONFIG_HOME: '/x' }, '/Users/lan', '/Users/lan/Library/Application Support/Soat'],
    ['win32', { APPDATA: 'C:\\Users\\lan\\AppData\\Roaming' }, 'C:\\Users\\lan', 'C:\\Users\\lan\\AppData\\Roaming\\Soat'],
    ['win32', {}, 'C:\\Users\\lan', 'C:\\Users\\lan\\AppData\\Roaming\\Soat'],
  ])('%s %j → %s', (platform, env, home, expected) => {
    expect(appDataFolder(platform, env, home)).toBe(expected);
  });
});
