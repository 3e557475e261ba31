// Browser: configuration for the maps widget; the key is injected at build time.
const config = {
  mapsApiKey: window.__APP_CONFIG__.mapsApiKey,
  apiKeyPlaceholder: '<YOUR_API_KEY>',
  integrity: 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC',
  buildId: '3f2a9c1e7b5d4a8f',
};

const db = {
  user: 'shop',
  password: '',
};

export { config, db };
