// Room: shared — the channels of the desktop app's draft and library use cases (issue 4), kept
// apart from channels.ts so other features add theirs without touching these lines. Imports
// nothing, like channels.ts: the sandboxed preload bundles it.
// Each key is the name of the function on window.soat; each value the IPC channel (and the
// bridge's /api/<channel> path in the browser harness).

export const DesktopChannel = {
  // The draft view.
  checkDraft: 'soat:check-draft',
  suggestDirectives: 'soat:suggest-directives',
  /** Shows the host's open dialog (Electron) or file picker (browser); null when cancelled. */
  openDraftFile: 'soat:open-draft-file',
  /** A file dropped on the window, or picked, as its name and bytes. */
  readDraftFile: 'soat:read-draft-file',
  loadDraft: 'soat:load-draft',
  saveDraft: 'soat:save-draft',
  // The library view.
  listDirectives: 'soat:list-directives',
  searchDirectives: 'soat:search-directives',
  getDirective: 'soat:get-directive',
  openDirectiveFile: 'soat:open-directive-file',
  previewDirectiveFile: 'soat:preview-directive-file',
  commitImport: 'soat:commit-import',
  updateItem: 'soat:update-item',
  addItem: 'soat:add-item',
  deleteItem: 'soat:delete-item',
  setThemeRequired: 'soat:set-theme-required',
  setStatus: 'soat:set-status',
  setValidity: 'soat:set-validity',
} as const;

export type DesktopMethod = keyof typeof DesktopChannel;

/** Main → page: a menu item was chosen. The page acts as if its own shortcut was pressed. */
export const COMMAND_EVENT = 'soat:command';

export const APP_COMMANDS = [
  'open-draft',
  'save-article',
  'check-now',
  'find',
  'apply-fix',
  'next-finding',
  'previous-finding',
  'import-directive',
  'show-draft',
  'show-library',
  'show-articles',
  'show-audit',
] as const;

export type AppCommand = (typeof APP_COMMANDS)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}
