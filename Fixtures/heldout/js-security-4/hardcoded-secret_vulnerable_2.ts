// nuxt.config.ts for the storefront; the directory bind account is used by server routes.
export default defineNuxtConfig({
  modules: ['@pinia/nuxt'],
  runtimeConfig: {
    stripeSecretKey: 'sk_live_51NxQ2bKd8TzR4mVwPq7LhYc3Fj9Gs2AeUo6Xi1Ck5Dn8Bt0', // expect: hardcoded-secret
    ldap: {
      url: 'ldaps://ldap.corp.example:636',
      bindDn: 'cn=storefront,ou=services,dc=corp,dc=example',
      bindPassword: 'St0refr0nt!Bind#2024', // expect: hardcoded-secret
    },
    public: {
      stripePublishableKey: process.env.NUXT_PUBLIC_STRIPE_KEY,
      siteName: 'Example Store',
    },
  },
  nitro: {
    preset: 'node-server',
  },
});

declare function defineNuxtConfig(config: Record<string, unknown>): Record<string, unknown>;
