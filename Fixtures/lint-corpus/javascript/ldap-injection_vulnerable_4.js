// ldapts lookup helper: the filter is built first and handed over as a shorthand property.
const { Client } = require('ldapts');

async function findPerson(client, handle) {
  const filter = '(&(objectClass=person)(uid=' + handle + '))';
  const { searchEntries } = await client.search('ou=people,dc=example,dc=org', { scope: 'sub', filter }); // expect: ldap-injection
  return searchEntries;
}

module.exports = { findPerson, Client };
