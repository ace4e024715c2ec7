import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server (apps/server) listens on 3000; in development Vite proxies to it so the browser sees one
// origin and the session cookie travels without CORS.
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': API_ORIGIN,
      '/healthz': API_ORIGIN,
      // Evidence uploads and downloads (apps/server/src/upload-route.ts).
      '/api': API_ORIGIN,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone minifies to about 1.1 MB with what the case workspace, the RJSF antd theme and the portal use; it is
    // cached apart from our pages. Warn when something beyond it grows that large, not on every build.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // The UI kit and React change far less often than our pages; separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs)[\\/]/ },
          ],
        },
      },
    },
  },
});
