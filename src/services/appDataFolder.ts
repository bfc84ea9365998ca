// Where Soát keeps its data for this user, the same folder for the CLI and the desktop app:
// Linux $XDG_CONFIG_HOME/Soat (or ~/.config/Soat), Windows %APPDATA%\Soat, macOS
// ~/Library/Application Support/Soat — the folders Electron's app.getPath('userData') uses.
// Pure in its inputs so the app and the tests can pass their own.

import { join, posix, win32 } from 'node:path';

export const APP_FOLDER_NAME = 'Soat';
export const DATABASE_FILE_NAME = 'soat.db';

export function appDataFolder(platform: string, env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (platform === 'win32') return win32.join(env['APPDATA'] || win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  const config = env['XDG_CONFIG_HOME'];
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  return join(config !== undefined && config.startsWith('/') ? config : join(home, '.config'), APP_FOLDER_NAME);
}
