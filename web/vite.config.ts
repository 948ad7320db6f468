import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
/** The libraries the UI may use (eslint.config.mjs), by the same aliases as the server's code. */
const libraryAliases = Object.fromEntries(
  ['domain', 'contracts'].map((name) => [`@venskab/${name}`, fileURLToPath(new URL(`../libs/${name}/src`, import.meta.url))]),
);
/**
 * Det Fælles Designsystem's stylesheet, fonts and icons: the package exports only its script, so its
 * files are reached by path (the CSS's relative font and icon URLs then resolve and are bundled).
 */
const designSystem = fileURLToPath(new URL('../node_modules/dkfds/dist', import.meta.url));

/** The admin UI: built to web/dist, which the API serves at / (apps/api/src/web). */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: { alias: { ...libraryAliases, 'dkfds-dist': designSystem } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    // `npx vite --config web/vite.config.ts` during development; the API answers the data calls.
    proxy: Object.fromEntries(
      ['/auth', '/journeys', '/families', '/waiting-lists', '/tasks', '/health'].map((path) => [path, 'http://127.0.0.1:3000']),
    ),
    fs: { allow: ['..'] },
  },
});
