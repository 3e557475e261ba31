'use strict';
// accounts.js -- user registration and API keys for the hobby forum (sqlite)
const crypto = require('crypto');
const Database = require('better-sqlite3');

const db = new Database(process.env.FORUM_DB || 'forum.db');

function passwordDigest(password, salt) {
  return crypto.createHash('md5').update(salt + password).digest('hex'); // expect: weak-hash
}

function register(username, password) {
  const salt = crypto.randomBytes(8).toString('hex');
  db.prepare('INSERT INTO users (name, salt, pw) VALUES (?, ?, ?)').run(username, salt, passwordDigest(password, salt));
}

function checkPassword(username, password) {
  const row = db.prepare('SELECT salt, pw FROM users WHERE name = ?').get(username);
  return Boolean(row) && passwordDigest(password, row.salt) === row.pw;
}

function storeApiKey(userId, apiKey) {
  const digest = crypto.createHash('sha1').update(apiKey).digest('base64'); // expect: weak-hash
  db.prepare('INSERT INTO api_keys (user_id, digest) VALUES (?, ?)').run(userId, digest);
}

module.exports = { register, checkPassword, storeApiKey };
