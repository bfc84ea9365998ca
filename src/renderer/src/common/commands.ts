// Room: renderer — the app's commands (menu items, shortcuts) as a tiny bus: App publishes, the
// view that owns a command subscribes. The same names as the menu's (shared/desktopChannels.ts).
import type { AppCommand } from '../../../shared/desktopChannels.ts';

export type { AppCommand };

export interface CommandBus {
  publish(command: AppCommand): void;
  subscribe(listener: (command: AppCommand) => void): () => void;
}

export function createCommandBus(): CommandBus {
  const listeners = new Set<(command: AppCommand) => void>();
  return {
    publish: (command) => listeners.forEach((listener) => listener(command)),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The command a key press means anywhere in the window, or null. */
export function shortcutCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): AppCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && !event.shiftKey) {
    switch (event.key.toLowerCase()) {
      case 'o':
        return 'open-draft';
      case 's':
        return 'save-article';
      case 'i':
        return 'import-directive';
      case 'enter':
        return 'check-now';
      case '1':
        return 'show-draft';
      case '2':
        return 'show-library';
      case '3':
        return 'show-articles';
      case '4':
        return 'show-audit';
    }
  }
  if (event.key === 'F8' && !mod && !event.altKey) return event.shiftKey ? 'previous-finding' : 'next-finding';
  return null;
}
