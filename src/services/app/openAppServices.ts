// Room: services — the desktop app's first step: make the data folder, open the library there
// (created, migrated and seeded with the sample directives on first start) and put the app's
// services on top. The Electron main process and the browser harness both start here.

import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openLibrary, type Library } from '../library/openLibrary.ts';
import type { Result } from '../result.ts';
import { createAppServices, type AppServices, type AppServicesOptions } from './createAppServices.ts';

export interface OpenAppServicesOptions {
  /** The library file; its folder also keeps the draft. */
  databasePath: string;
  /** Folder of directives that seed a new library; null: none; absent: resources/directives. */
  seedFrom?: string | null;
  author: string;
  imports?: AppServicesOptions['imports'];
}

export async function openAppServices(options: OpenAppServicesOptions): Promise<Result<{ services: AppServices; library: Library }>> {
  const dataFolder = dirname(options.databasePath);
  const made = await mkdir(dataFolder, { recursive: true }).then(
    () => null,
    (cause: Error) => cause,
  );
  if (made !== null) {
    return { ok: false, error: { code: 'data-folder', message: `Không tạo được thư mục dữ liệu "${dataFolder}": ${made.message}` } };
  }
  const opened = await openLibrary(options.databasePath, options.seedFrom === undefined ? {} : { seedFrom: options.seedFrom });
  if (!opened.ok) return opened;
  const library = opened.value;
  return { ok: true, value: { library, services: createAppServices({ library, dataFolder, author: options.author, ...(options.imports ? { imports: options.imports } : {}) }) } };
}
