// AdonisJS controller: group membership check for the wiki (ldapts).
import type { HttpContext } from '@adonisjs/core/http';
import { Client } from 'ldapts';
import env from '#start/env';

export default class MembershipsController {
  private filterFor(uid: string, group: string) {
    return `(&(objectClass=groupOfNames)(cn=${group})(member=uid=${uid},ou=people,dc=example,dc=org))`;
  }

  async show({ request, params, response }: HttpContext) {
    const client = new Client({ url: env.get('LDAP_URL') });
    await client.bind(env.get('LDAP_BIND_DN'), env.get('LDAP_BIND_PASSWORD'));
    try {
      const { searchEntries } = await client.search('ou=groups,dc=example,dc=org', { // expect: ldap-injection
        scope: 'sub',
        filter: this.filterFor(params.uid, request.input('group', 'wiki-editors')),
        attributes: ['cn'],
      });
      return response.ok({ member: searchEntries.length > 0 });
    } finally {
      await client.unbind();
    }
  }
}
