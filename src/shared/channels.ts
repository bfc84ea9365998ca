// Room: shared — the IPC contract. Imports nothing (not even zod), so the sandboxed preload
// can bundle it without pulling a validation library into the renderer's process.
// One channel per use case; the name says which room answers it.

export const Channel = {
  appInfo: 'soat:app-info',
} as const;

export type Channel = (typeof Channel)[keyof typeof Channel];
