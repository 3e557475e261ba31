// vite.config.js
import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    open: true,
    proxy: {
      "/api": { target: "http://localhost:3000", changeOrigin: true },
      "/socket.io": { target: "ws://localhost:3000", ws: true },
    },
    port: 8080, // expect: duplicate-object-key
  },
  build: {
    outDir: "dist",
    sourcemap: true,
    rollupOptions: { output: { manualChunks: { vendor: ["vue", "vue-router"] } } },
  },
  resolve: { alias: { "@": "/src", "~": "/node_modules", "@": "/src/app" } }, // expect: duplicate-object-key
});
