const ldap = require('ldapjs');

function searchPeople(client, base, email) {
  const filter = new ldap.AndFilter({
    filters: [
      new ldap.EqualityFilter({ attribute: 'objectClass', value: 'inetOrgPerson' }),
      new ldap.EqualityFilter({ attribute: 'mail', value: String(email) }),
    ],
  });
  return new Promise((resolve, reject) => {
    const found = [];
    client.search(base, { filter, scope: 'sub' }, (err, res) => {
      if (err) return reject(err);
      res.on('searchEntry', (entry) => found.push(entry.pojo));
      res.on('end', () => resolve(found));
      res.on('error', reject);
    });
  });
}

module.exports = {
  id: 'directory',
  handler: (router, { env }) => {
    router.get('/lookup', async (req, res) => {
      const client = ldap.createClient({ url: env.LDAP_URL });
      try {
        const people = await searchPeople(client, env.LDAP_BASE, req.query.email);
        res.json(people.map((p) => ({ dn: p.objectName })));
      } finally {
        client.unbind();
      }
    });
  },
};
