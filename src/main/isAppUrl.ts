// Room: main — decides whether a URL is the app's own renderer page. Navigation, new windows
// and IPC are allowed only from there. Pure, so it is tested without Electron.

/**
 * The renderer's location: the Vite dev server's URL under `npm run dev`, otherwise the
 * built index.html as a file:// URL.
 */
export type RendererLocation = { kind: 'dev-server'; url: string } | { kind: 'file'; url: string };

export function isAppUrl(candidate: string | undefined, renderer: RendererLocation): boolean {
  if (!candidate) return false;
  let url: URL;
  let home: URL;
  try {
    url = new URL(candidate);
    home = new URL(renderer.url);
  } catch {
    return false;
  }
  if (renderer.kind === 'dev-server') {
    return url.origin === home.origin;
  }
  // file:// has an opaque origin, so compare the exact page (ignoring query and hash).
  return url.protocol === 'file:' && url.pathname === home.pathname;
}
