import type { FastifyInstance } from 'fastify';
import { Client } from 'ldapts';

const BASE_DN = 'ou=people,dc=corp,dc=example';

function memberFilter(uid: string, groups: string[]): string {
  const parts = ['(objectClass=posixAccount)', `(uid=${uid})`];
  if (groups.length) {
    parts.push('(|' + groups.map((g) => `(memberOf=cn=${g},ou=groups,dc=corp,dc=example)`).join('') + ')');
  }
  return `(&${parts.join('')})`;
}

export default async function accessRoutes(app: FastifyInstance) {
  app.post<{ Body: { uid: string; groups?: string[] } }>('/access/check', async (request) => {
    const client = new Client({ url: process.env.LDAP_URL ?? 'ldaps://ldap.corp.example' });
    await client.bind(process.env.LDAP_BIND_DN ?? '', process.env.LDAP_BIND_PW ?? '');
    try {
      const filter = memberFilter(request.body.uid, request.body.groups ?? []);
      const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter, attributes: ['uid'] }); // expect: ldap-injection
      return { allowed: searchEntries.length === 1 };
    } finally {
      await client.unbind();
    }
  });
}
