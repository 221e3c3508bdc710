// Vite build of the dashboard into web/dist, which cmake/ServeDeps.cmake embeds in `reckon`.
// File names are fixed (no content hash): the server revalidates them by ETag, and a fixed set
// of names keeps the embedded table stable between builds.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig } from 'vite';

// Writes NAME.br and NAME.gz beside every compressible file of dist, at the strongest settings:
// done once here, so the server never compresses them on a request.
function precompress() {
  const walk = (dir) => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
  return {
    name: 'reckon-precompress',
    apply: 'build',
    closeBundle() {
      for (const path of walk('dist')) {
        if (!/\.(js|css|html|json|svg)$/.test(path)) continue;
        const bytes = readFileSync(path);
        if (bytes.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }));
      }
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        entryFileNames: 'assets/app.js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
  server: {
    // `npm run dev` serves the page with hot reload and sends the API to a running `reckon serve`.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
