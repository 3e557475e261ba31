import LdapAuth from 'ldapauth-fork';
import type { Handler } from '@netlify/functions';

const PROJECT = /^[a-z][a-z0-9]{1,20}$/;

function groupFilter(project: string): string {
  if (!PROJECT.test(project)) {
    throw new Error('invalid project');
  }
  return `(&(objectClass=groupOfNames)(member={{dn}})(cn=proj-${project}-*))`;
}

export const handler: Handler = async (event) => {
  const { username, password } = JSON.parse(event.body ?? '{}');
  const project = event.queryStringParameters?.project ?? 'default';

  const ldap = new LdapAuth({
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
