import type { FastifyInstance } from 'fastify';
import { Client } from 'ldapts';

const BASE_DN = 'ou=people,dc=corp,dc=example';
const UID = /^[a-z][a-z0-9_-]{1,31}$/;
const GROUPS = new Set(['engineering', 'finance', 'support', 'admins']);

function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));
}

function memberFilter(uid: string, groups: string[]): string {
  const parts = ['(objectClass=posixAccount)', `(uid=${escapeFilterValue(uid)})`];
  const known = groups.filter((g) => GROUPS.has(g));
  if (known.length) {
    parts.push('(|' + known.map((g) => `(memberOf=cn=${g},ou=groups,dc=corp,dc=example)`).join('') + ')');
  }
  return `(&${parts.join('')})`;
}

export default async function accessRoutes(app: FastifyInstance) {
  app.post<{ Body: { uid: string; groups?: string[] } }>('/access/check', async (request, reply) => {
    if (!UID.test(request.body.uid)) return reply.code(400).send({ error: 'bad uid' });
    const client = new Client({ url: process.env.LDAP_URL ?? 'ldaps://ldap.corp.example' });
    await client.bind(process.env.LDAP_BIND_DN ?? '', process.env.LDAP_BIND_PW ?? '');
    try {
      const filter = memberFilter(request.body.uid, request.body.groups ?? []);
      const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter, attributes: ['uid'] });
      return { allowed: searchEntries.length === 1 };
    } finally {
      await client.unbind();
    }
  });
}
