// The library database's usual place: soat.db in the user's Soát data folder. The CLI uses it
// when no --db is given; the desktop app can use it too so both see the same library.
import { join } from 'node:path';
import { appDataFolder, DATABASE_FILE_NAME } from './appDataFolder.ts';

export function defaultDatabasePath(platform: string, env: Readonly<Record<string, string | undefined>>, home: string): string {
  return join(appDataFolder(platform, env, home), DATABASE_FILE_NAME);
}
