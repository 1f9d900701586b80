import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The portal builds to `dist/`, served by `server.ts` (which adds `/config.json` and the CSP). In development
 * (`pnpm dev`), `public/config.json` is absent and the portal falls back to a sandbox on 127.0.0.1:8080.
 */
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles under a strict CSP: a modulepreload polyfill would be one.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
