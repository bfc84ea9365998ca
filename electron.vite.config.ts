// Build of the three Electron targets. main: ESM (package.json has "type": "module").
// preload: CommonJS with everything inlined — a sandboxed preload can `require` only
// electron, so shared code must be bundled into it. renderer: React, fonts bundled as files.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/main/contentSecurityPolicy.ts';

/** Writes the Content-Security-Policy into index.html: strict for builds, relaxed for `npm run dev`. */
function contentSecurityPolicyMeta(): Plugin {
  let mode: 'production' | 'development' = 'production';
  return {
    name: 'soat:content-security-policy',
    configResolved(config) {
      mode = config.command === 'serve' ? 'development' : 'production';
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(mode, 'meta') },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      // Fonts and images stay files, never data: URLs, so the policy can say font-src 'self'.
      assetsInlineLimit: 0,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
