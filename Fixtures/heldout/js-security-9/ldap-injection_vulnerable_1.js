const ldap = require('ldapjs');

function directoryClient(env) {
  return ldap.createClient({ url: env.LDAP_URL });
}

function searchPeople(client, base, email) {
  return new Promise((resolve, reject) => {
    const found = [];
    client.search(base, { filter: '(&(objectClass=inetOrgPerson)(mail=' + email + '))', scope: 'sub' }, (err, res) => { // expect: ldap-injection
      if (err) return reject(err);
      res.on('searchEntry', (entry) => found.push(entry.pojo));
      res.on('end', () => resolve(found));
      res.on('error', reject);
    });
  });
}

// Directus custom endpoint extension
module.exports = {
  id: 'directory',
  handler: (router, { env }) => {
    router.get('/lookup', async (req, res) => {
      const client = directoryClient(env);
      try {
        const people = await searchPeople(client, env.LDAP_BASE, req.query.email);
        res.json(people.map((p) => ({ dn: p.objectName })));
      } finally {
        client.unbind();
      }
    });
  },
};
