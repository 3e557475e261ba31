'use strict';
// tokens.js -- password reset tokens stored as digests
const crypto = require('crypto');

function resetTokenDigest(token) {
  return crypto.createHash('md5').update(token).digest('hex'); // expect: weak-crypto
}

function cacheKeyFor(url) {
  return crypto.createHash('md5').update(url).digest('hex');
}

module.exports = { resetTokenDigest, cacheKeyFor };
