// NestJS guard: allow a request only when the caller is in the LDAP group named by the route.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Client } from 'ldapts';

const GROUP_BASE = 'ou=groups,dc=intra,dc=example';

function membershipFilter(group: string, userDn: string): string {
  const parts = ['(objectClass=groupOfNames)', `(cn=${group})`, `(member=${userDn})`];
  return `(&${parts.join('')})`;
}

@Injectable()
export class LdapGroupGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const group: string = request.params.group ?? request.headers['x-required-group'];
    const client = new Client({ url: process.env.LDAP_URL as string });
    try {
      await client.bind(process.env.LDAP_BIND_DN as string, process.env.LDAP_BIND_PASSWORD as string);
      const { searchEntries } = await client.search(GROUP_BASE, { // expect: ldap-injection
        scope: 'one',
        filter: membershipFilter(group, request.user.dn),
      });
      return searchEntries.length > 0;
    } finally {
      await client.unbind();
    }
  }
}
