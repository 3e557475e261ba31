// node-cron job that disables accounts listed in the HR offboarding sheet.
const cron = require('node-cron');
const ldap = require('ldapjs');
const { readOffboardingRows } = require('./hr-sheet');

const client = ldap.createClient({ url: process.env.LDAP_URL });

function findAccount(row) {
  const filter = new ldap.filters.AndFilter({
    filters: [
      new ldap.filters.EqualityFilter({ attribute: 'objectClass', value: 'user' }),
      new ldap.filters.EqualityFilter({ attribute: 'employeeID', value: String(row.employeeId) }),
      new ldap.filters.EqualityFilter({ attribute: 'mail', value: String(row.email) }),
    ],
  });
  return new Promise((resolve, reject) => {
    client.search('ou=staff,dc=corp,dc=example', { filter, scope: 'sub', attributes: ['dn'] }, (err, res) => {
      if (err) return reject(err);
      const found = [];
      res.on('searchEntry', (entry) => found.push(entry.objectName));
      res.on('end', () => resolve(found));
      res.on('error', reject);
    });
  });
}

cron.schedule('0 2 * * *', async () => {
  client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PASSWORD, async () => {
    for (const row of await readOffboardingRows()) {
      for (const dn of await findAccount(row)) {
        client.modify(dn, new ldap.Change({ operation: 'replace', modification: { type: 'userAccountControl', values: ['514'] } }), () => {});
      }
    }
  });
});
