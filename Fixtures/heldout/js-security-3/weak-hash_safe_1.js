'use strict';

const crypto = require('crypto');
const { db } = require('./db');

const KEYLEN = 64;

function passwordDigest(password, salt) {
  return crypto.scryptSync(password, salt, KEYLEN, { N: 16384, r: 8, p: 1 }).toString('hex');
}

async function createUser(email, password) {
  const salt = crypto.randomBytes(16).toString('hex');
  await db.query('INSERT INTO users (email, salt, password_hash) VALUES ($1, $2, $3)', [
    email,
    salt,
    passwordDigest(password, salt),
  ]);
}

async function storeApiToken(userId, token) {
  const hashed = crypto.createHash('sha256').update(token).digest('base64');
  await db.query('INSERT INTO api_tokens (user_id, token_hash) VALUES ($1, $2)', [userId, hashed]);
}

module.exports = { createUser, storeApiToken, passwordDigest };
