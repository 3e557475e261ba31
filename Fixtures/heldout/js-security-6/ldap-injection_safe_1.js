'use strict';

const LdapAuth = require('ldapauth-fork');

const DEPARTMENTS = new Set(['sales', 'support', 'engineering', 'finance']);

function directoryFor(department) {
  if (!DEPARTMENTS.has(department)) {
    throw new Error('unknown department');
  }
  return new LdapAuth({
    url: process.env.LDAP_URL,
    bindDN: process.env.LDAP_BIND_DN,
    bindCredentials: process.env.LDAP_BIND_PASSWORD,
    searchBase: 'ou=people,dc=example,dc=org',
    searchFilter: `(&(uid={{username}})(departmentNumber=${department}))`,
    reconnect: true,
  });
}

module.exports = {
  name: 'directory',
  actions: {
    login: {
      params: { username: 'string', password: 'string', department: 'string' },
      handler(ctx) {
        const { username, password, department } = ctx.params;
        const ldap = directoryFor(department);
        return new Promise((resolve, reject) => {
          ldap.authenticate(username, password, (err, user) => {
            ldap.close(() => {});
            if (err) return reject(err);
            return resolve({ dn: user.dn, mail: user.mail });
          });
        });
      },
    },
  },
};
