'use strict';

const jws = require('jws');
const { readFileSync } = require('node:fs');

const publicKey = readFileSync(process.env.JWT_PUBLIC_KEY_PATH, 'utf8');

function bearer(ctx) {
  const header = ctx.meta.authorization || '';
  return header.replace(/^Bearer\s+/i, '');
}

function verifiedClaims(token) {
  if (!jws.verify(token, 'RS256', publicKey)) return null;
  const claims = JSON.parse(jws.decode(token).payload);
  if (claims.iss !== 'https://id.example.com' || claims.exp * 1000 < Date.now()) return null;
  return claims;
}

module.exports = {
  name: 'auth',
  actions: {
    resolve: {
      handler(ctx) {
        return verifiedClaims(bearer(ctx));
      },
    },
    impersonationTarget: {
      handler(ctx) {
        const claims = verifiedClaims(bearer(ctx));
        if (!claims || !claims.roles.includes('support')) return null;
        return ctx.call('users.get', { id: claims.act });
      },
    },
  },
};
