// Room: main — the Content-Security-Policy of the renderer, in one place. Main sets it as a
// response header; electron.vite.config.ts writes the same policy into index.html as a meta
// tag, which is what guards pages loaded from file://, where there are no response headers.
// Pure: no Electron import, so the build config and the tests can use it.

export type PolicyMode = 'production' | 'development';

const productionDirectives: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'font-src': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'frame-ancestors': "'none'",
};

// Vite's dev server needs an inline React-refresh preamble, injected <style> tags and a
// WebSocket for hot reload. Only `npm run dev` gets this; builds never do.
const developmentDirectives: Readonly<Record<string, string>> = {
  ...productionDirectives,
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'connect-src': "'self' ws://localhost:* http://localhost:*",
};

// A <meta> policy may not carry frame-ancestors (browsers ignore it there and warn).
const headerOnly = new Set(['frame-ancestors']);

/** The policy as a header value (`where: 'header'`) or as a meta tag's content. */
export function contentSecurityPolicy(mode: PolicyMode, where: 'header' | 'meta' = 'header'): string {
  const directives = mode === 'production' ? productionDirectives : developmentDirectives;
  return Object.entries(directives)
    .filter(([name]) => where === 'header' || !headerOnly.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
