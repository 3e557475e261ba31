'use strict';

const jws = require('jws');
const { readFileSync } = require('node:fs');

const publicKey = readFileSync(process.env.JWT_PUBLIC_KEY_PATH, 'utf8');

function bearer(ctx) {
  const header = ctx.meta.authorization || '';
  return header.replace(/^Bearer\s+/i, '');
}

module.exports = {
  name: 'auth',
  actions: {
    resolve: {
      handler(ctx) {
        const token = bearer(ctx);
        const decoded = jws.decode(token);
        if (!decoded) return null;
        const ok = jws.verify(token, decoded.header.alg, publicKey); // expect: jwt-misuse
        return ok ? JSON.parse(decoded.payload) : null;
      },
    },
    impersonationTarget: {
      handler(ctx) {
        const claims = JSON.parse(jws.decode(bearer(ctx)).payload); // expect: jwt-misuse
        if (!claims.roles.includes('support')) return null;
        return ctx.call('users.get', { id: claims.act });
      },
    },
  },
};
