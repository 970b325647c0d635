/**
 * Vite build of the web app. The root is web/ and the output goes to dist/web at the repository
 * root, where the server serves it. JSX is compiled by Vite's own esbuild for Preact, with no
 * plugin, and the dev and preview servers pass /api and /health to the Pallay server on :3000.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const apiTarget = 'http://localhost:3000';
const proxy = { '/api': apiTarget, '/health': apiTarget };

export default defineConfig({
  root: webDir,
  publicDir: path.join(webDir, 'public'),
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: path.resolve(webDir, '../dist/web'),
    emptyOutDir: true,
    target: 'es2020',
    // Every browser that runs the app supports modulepreload or does not need it for one chunk.
    modulePreload: { polyfill: false },
  },
  server: { proxy },
  preview: { proxy },
});
