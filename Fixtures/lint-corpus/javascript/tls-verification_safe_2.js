#!/usr/bin/env node
// Sync the product list from the staging server.
const fs = require('fs');
const tls = require('tls');

process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/certs/staging-ca.pem';

async function main() {
  const response = await fetch('https://staging.shop.example/api/products');
  fs.writeFileSync('products.json', await response.text());
  const socket = tls.connect({ host: 'staging.shop.example', port: 443, servername: 'staging.shop.example' });
  socket.end();
}

main();
