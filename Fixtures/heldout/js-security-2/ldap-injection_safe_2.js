'use strict';
// auth/ldap-login.js -- account names checked before they reach the filter
const ldap = require('ldapjs');

const ACCOUNT_RE = /^[a-zA-Z][a-zA-Z0-9._-]{0,19}$/;

function findUser(client, username) {
  const filter = new ldap.AndFilter({
    filters: [
      new ldap.EqualityFilter({ attribute: 'objectCategory', value: 'person' }),
      new ldap.EqualityFilter({ attribute: 'sAMAccountName', value: username }),
    ],
  });
  return new Promise((resolve, reject) => {
    client.search(process.env.AD_BASE_DN, { scope: 'sub', filter, attributes: ['dn'] }, (err, search) => {
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
  const username = String(req.body.username || '');
  if (!ACCOUNT_RE.test(username)) return res.status(400).json({ error: 'invalid user name' });
  const client = ldap.createClient({ url: process.env.AD_URL });
  client.bind(process.env.AD_SERVICE_DN, process.env.AD_SERVICE_PASSWORD, async (err) => {
    if (err) return res.status(503).json({ error: 'directory unavailable' });
    const user = await findUser(client, username);
    client.unbind();
    if (!user) return res.status(401).json({ error: 'unknown user' });
    return res.json({ dn: user.objectName });
  });
  return undefined;
}

module.exports = { login };
