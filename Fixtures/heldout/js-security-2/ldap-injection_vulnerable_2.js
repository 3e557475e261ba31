'use strict';
// auth/ldap-login.js -- login form checked against Active Directory (ldapjs)
const ldap = require('ldapjs');

const SEARCH_FILTER = '(&(objectCategory=person)(sAMAccountName={{username}}))';

function findUser(client, username) {
  const opts = { scope: 'sub', filter: SEARCH_FILTER.replace('{{username}}', username), attributes: ['dn', 'memberOf'] };
  return new Promise((resolve, reject) => {
    client.search(process.env.AD_BASE_DN, opts, (err, search) => { // expect: ldap-injection
      if (err) return reject(err);
      const found = [];
      search.on('searchEntry', (entry) => found.push(entry.pojo));
      search.on('error', reject);
      search.on('end', () => resolve(found[0] || null));
      return undefined;
    });
  });
}

async function login(req, res) {
  const client = ldap.createClient({ url: process.env.AD_URL });
  client.bind(process.env.AD_SERVICE_DN, process.env.AD_SERVICE_PASSWORD, async (err) => {
    if (err) return res.status(503).json({ error: 'directory unavailable' });
    const user = await findUser(client, req.body.username);
    client.unbind();
    if (!user) return res.status(401).json({ error: 'unknown user' });
    return res.json({ dn: user.objectName });
  });
}

module.exports = { login };
