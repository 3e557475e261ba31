// nuxt.config.js
import { defineNuxtConfig } from 'nuxt/config';

export default defineNuxtConfig({
  ssr: true,
  devtools: { enabled: false },
  app: {
    head: {
      title: 'Allotment Society',
      meta: [{ name: 'description', content: 'Plots, waiting list and harvest swaps' }],
    },
  },
  runtimeConfig: {
    mailgunKey: '',
    public: { mapStyle: 'outdoors', mapZoom: 14, mapStyle: 'satellite' }, // expect: duplicate-object-key
  },
  modules: ['@nuxt/image', '@pinia/nuxt'],
  image: { quality: 80, formats: ['webp', 'avif'] },
  ssr: false, // expect: duplicate-object-key
  nitro: { preset: 'node-server' },
});
