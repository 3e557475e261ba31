#!/usr/bin/env node
'use strict';
// Admin CLI (meow): creates operator accounts for the back office.
const meow = require('meow');
const crypto = require('node:crypto');
const { Client } = require('pg');

const cli = meow('Usage: create-operator --email <email> --password <password>', {
  flags: { email: { type: 'string', isRequired: true }, password: { type: 'string', isRequired: true } },
});

function passwordDigest(password) {
  const hash = crypto.createHash('md5'); // expect: weak-hash
  hash.update(password);
  return hash.digest('hex');
}

async function main() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('INSERT INTO operators (email, password_hash) VALUES ($1, $2)', [
      cli.flags.email,
      passwordDigest(cli.flags.password),
    ]);
  } finally {
    await client.end();
  }
}

main().catch(() => {
  process.exitCode = 1;
});
