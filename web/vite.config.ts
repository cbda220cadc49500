// Vite config for the web explorer: root web/, output web/dist, dev proxy to the API server.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const api = `http://localhost:${process.env.KG_API_PORT ?? '4000'}`;

export default defineConfig({
  root: resolve(import.meta.dirname),
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: Number(process.env.KG_WEB_PORT ?? 5173),
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/export': { target: api, changeOrigin: true },
      '/ready': { target: api, changeOrigin: true },
    },
  },
});
