// nuxt.config.js
import { defineNuxtConfig } from 'nuxt/config';

const shared = {
  ssr: true,
  devtools: { enabled: false },
  runtimeConfig: { public: { mapStyle: 'outdoors', mapZoom: 14 } },
};

export default defineNuxtConfig({
  ...shared,
  ssr: false,
  app: {
    head: {
      title: 'Allotment Society',
      meta: [{ name: 'description', content: 'Plots, waiting list and harvest swaps' }],
    },
  },
  runtimeConfig: {
    ...shared.runtimeConfig,
    mailgunKey: '',
    MailgunKey: '',
  },
  modules: ['@nuxt/image', '@pinia/nuxt'],
  nitro: { preset: 'node-server' },
});
