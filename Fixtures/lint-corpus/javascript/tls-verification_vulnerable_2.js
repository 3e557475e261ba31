#!/usr/bin/env node
// Sync the product list from the staging server (self-signed certificate).
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // expect: tls-verification

const fs = require('fs');
const tls = require('tls');

async function main() {
  const response = await fetch('https://staging.shop.example/api/products');
  fs.writeFileSync('products.json', await response.text());
  const socket = tls.connect({ host: 'staging.shop.example', port: 443, rejectUnauthorized: false }); // expect: tls-verification
  socket.end();
}

main();
