// Room: renderer — small choices the window remembers between sessions in the page's storage (the
// outlet, section and author an editor last saved with, the name that last signed off). Storage
// may be refused (private windows): the choice then lasts for the session.
const memory = new Map<string, string>();

export function remembered(key: string): string {
  try {
    return localStorage.getItem(`soat.${key}`) ?? memory.get(key) ?? '';
  } catch {
    return memory.get(key) ?? '';
  }
}

export function remember(key: string, value: string): void {
  memory.set(key, value);
  try {
    localStorage.setItem(`soat.${key}`, value);
  } catch {
    // Kept in memory only.
  }
}
