#!/usr/bin/env node
'use strict';
// Admin CLI (meow): creates operator accounts with bcryptjs; MD5 only for a file checksum.
const meow = require('meow');
const bcrypt = require('bcryptjs');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { Client } = require('pg');

const cli = meow('Usage: create-operator --email <email> --password <password> [--avatar <file>]', {
  flags: {
    email: { type: 'string', isRequired: true },
    password: { type: 'string', isRequired: true },
    avatar: { type: 'string' },
  },
});

function avatarChecksum(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function main() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const passwordHash = await bcrypt.hash(cli.flags.password, 12);
    const checksum = cli.flags.avatar ? avatarChecksum(cli.flags.avatar) : null;
    await client.query('INSERT INTO operators (email, password_hash, avatar_sha256) VALUES ($1, $2, $3)', [
      cli.flags.email,
      passwordHash,
      checksum,
    ]);
  } finally {
    await client.end();
  }
}

main().catch(() => {
  process.exitCode = 1;
});
