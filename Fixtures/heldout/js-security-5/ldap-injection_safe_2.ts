// AdonisJS controller: group membership check with validated uid and allow-listed group.
import type { HttpContext } from '@adonisjs/core/http';
import { Client, EqualityFilter, AndFilter } from 'ldapts';
import env from '#start/env';

const GROUPS = new Set(['wiki-editors', 'wiki-admins', 'wiki-readers']);
const UID = /^[a-z][a-z0-9._-]{1,31}$/;

export default class MembershipsController {
  async show({ request, params, response }: HttpContext) {
    const group = request.input('group', 'wiki-editors');
    if (!UID.test(params.uid) || !GROUPS.has(group)) {
      return response.badRequest({ error: 'invalid uid or group' });
    }
    const client = new Client({ url: env.get('LDAP_URL') });
    await client.bind(env.get('LDAP_BIND_DN'), env.get('LDAP_BIND_PASSWORD'));
    try {
      const filter = new AndFilter({
        filters: [
          new EqualityFilter({ attribute: 'cn', value: group }),
          new EqualityFilter({ attribute: 'member', value: `uid=${params.uid},ou=people,dc=example,dc=org` }),
        ],
      });
      const { searchEntries } = await client.search('ou=groups,dc=example,dc=org', { scope: 'sub', filter, attributes: ['cn'] });
      return response.ok({ member: searchEntries.length > 0 });
    } finally {
      await client.unbind();
    }
  }
}
