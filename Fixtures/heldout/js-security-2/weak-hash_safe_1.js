'use strict';
// accounts.js -- user registration with scrypt, API keys as SHA-256, MD5 only for ETags
const crypto = require('crypto');
const Database = require('better-sqlite3');

const db = new Database(process.env.FORUM_DB || 'forum.db');

function passwordDigest(password, salt) {
  return crypto.scryptSync(password, salt, 64).toString('hex');
}

function register(username, password) {
  const salt = crypto.randomBytes(16).toString('hex');
  db.prepare('INSERT INTO users (name, salt, pw) VALUES (?, ?, ?)').run(username, salt, passwordDigest(password, salt));
}

function checkPassword(username, password) {
  const row = db.prepare('SELECT salt, pw FROM users WHERE name = ?').get(username);
  if (!row) return false;
  return crypto.timingSafeEqual(Buffer.from(passwordDigest(password, row.salt), 'hex'), Buffer.from(row.pw, 'hex'));
}

function storeApiKey(userId, apiKey) {
  const digest = crypto.createHash('sha256').update(apiKey).digest('base64');
  db.prepare('INSERT INTO api_keys (user_id, digest) VALUES (?, ?)').run(userId, digest);
}

function etagFor(body) {
  return '"' + crypto.createHash('md5').update(body).digest('hex') + '"';
}

module.exports = { register, checkPassword, storeApiKey, etagFor };
