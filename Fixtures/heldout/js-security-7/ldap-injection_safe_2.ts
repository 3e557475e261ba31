// Midway.js controller: team membership lookup, team and role checked against patterns first.
import { Controller, Get, Inject, Query, MidwayHttpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Client } from 'ldapts';

const TEAM = /^[a-z][a-z0-9-]{1,40}$/;
const ROLES = new Set(['engineering', 'design', 'support']);

@Controller('/api/teams')
export class TeamController {
  @Inject()
  ctx: Context;

  private groupFilter(team: string, role?: string): string {
    if (!TEAM.test(team) || (role !== undefined && !ROLES.has(role))) {
      throw new MidwayHttpError('invalid team or role', 400);
    }
    const clauses = ['(objectClass=groupOfNames)', `(cn=${team})`];
    if (role) {
      clauses.push(`(businessCategory=${role})`);
    }
    return `(&${clauses.join('')})`;
  }

  @Get('/members')
  async members(@Query('team') team: string, @Query('role') role?: string) {
    const filter = this.groupFilter(team, role);
    const client = new Client({ url: process.env.LDAP_URL ?? 'ldaps://ldap.internal' });
    await client.bind(process.env.LDAP_BIND_DN ?? '', process.env.LDAP_BIND_PASSWORD ?? '');
    try {
      const { searchEntries } = await client.search('ou=groups,dc=corp,dc=example', { scope: 'one', filter, attributes: ['member'] });
      return { team, members: searchEntries.flatMap((e) => e.member) };
    } finally {
      await client.unbind();
    }
  }
}
