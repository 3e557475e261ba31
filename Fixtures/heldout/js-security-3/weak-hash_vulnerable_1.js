'use strict';

const crypto = require('crypto');
const { db } = require('./db');

function passwordDigest(password, salt) {
  return crypto.createHash('md5').update(salt + ':' + password).digest('hex'); // expect: weak-hash
}

async function createUser(email, password) {
  const salt = crypto.randomBytes(8).toString('hex');
  await db.query('INSERT INTO users (email, salt, password_hash) VALUES ($1, $2, $3)', [
    email,
    salt,
    passwordDigest(password, salt),
  ]);
}

async function storeApiToken(userId, token) {
  const hashed = crypto.createHash('sha1').update(token).digest('base64'); // expect: weak-hash
  await db.query('INSERT INTO api_tokens (user_id, token_hash) VALUES ($1, $2)', [userId, hashed]);
}

module.exports = { createUser, storeApiToken, passwordDigest };
