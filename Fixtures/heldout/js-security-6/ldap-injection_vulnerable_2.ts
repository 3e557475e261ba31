import LdapAuth from 'ldapauth-fork';
import type { Handler } from '@netlify/functions';

function groupFilter(project: string): string {
  const parts = ['(objectClass=groupOfNames)', '(member={{dn}})'];
  parts.push(`(cn=proj-${project}-*)`);
  return `(&${parts.join('')})`;
}

export const handler: Handler = async (event) => {
  const { username, password } = JSON.parse(event.body ?? '{}');
  const project = event.queryStringParameters?.project ?? 'default';

  const ldap = new LdapAuth({ // expect: ldap-injection
    url: process.env.LDAP_URL ?? '',
    bindDN: process.env.LDAP_BIND_DN,
    bindCredentials: process.env.LDAP_BIND_PASSWORD,
    searchBase: 'ou=people,dc=example,dc=org',
    searchFilter: '(uid={{username}})',
    groupSearchBase: 'ou=groups,dc=example,dc=org',
    groupSearchFilter: groupFilter(project),
  });

  const user = await new Promise<{ dn: string; _groups?: { cn: string }[] }>((resolve, reject) => {
    ldap.authenticate(username, password, (err, found) => (err ? reject(err) : resolve(found)));
  });
  ldap.close();
  return { statusCode: 200, body: JSON.stringify({ dn: user.dn, groups: (user._groups ?? []).map((g) => g.cn) }) };
};
