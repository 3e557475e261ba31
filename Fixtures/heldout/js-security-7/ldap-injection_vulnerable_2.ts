// Midway.js controller: team membership lookup against the directory (ldapts).
import { Controller, Get, Inject, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Client } from 'ldapts';

@Controller('/api/teams')
export class TeamController {
  @Inject()
  ctx: Context;

  private groupFilter(team: string, role?: string): string {
    const clauses = ['(objectClass=groupOfNames)', `(cn=${team})`];
    if (role) {
      clauses.push(`(businessCategory=${role})`);
    }
    return `(&${clauses.join('')})`;
  }

  @Get('/members')
  async members(@Query('team') team: string, @Query('role') role?: string) {
    const client = new Client({ url: process.env.LDAP_URL ?? 'ldaps://ldap.internal' });
    await client.bind(process.env.LDAP_BIND_DN ?? '', process.env.LDAP_BIND_PASSWORD ?? '');
    try {
      const { searchEntries } = await client.search('ou=groups,dc=corp,dc=example', { // expect: ldap-injection
        scope: 'one',
        filter: this.groupFilter(team, role),
        attributes: ['member'],
      });
      return { team, members: searchEntries.flatMap((e) => e.member) };
    } finally {
      await client.unbind();
    }
  }
}
