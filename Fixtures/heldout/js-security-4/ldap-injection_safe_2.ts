// NestJS guard: LDAP group check with the group allow-listed and the DN escaped per RFC 4515.
import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Client } from 'ldapts';

const GROUP_BASE = 'ou=groups,dc=intra,dc=example';
const GROUPS = new Set(['finance', 'hr', 'ops', 'engineering']);

function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));
}

@Injectable()
export class LdapGroupGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const group = String(request.params.group);
    if (!GROUPS.has(group)) throw new ForbiddenException();
    const filter = `(&(objectClass=groupOfNames)(cn=${group})(member=${escapeFilterValue(request.user.dn)}))`;
    const client = new Client({ url: process.env.LDAP_URL as string });
    try {
      await client.bind(process.env.LDAP_BIND_DN as string, process.env.LDAP_BIND_PASSWORD as string);
      const { searchEntries } = await client.search(GROUP_BASE, { scope: 'one', filter });
      return searchEntries.length > 0;
    } finally {
      await client.unbind();
    }
  }
}
