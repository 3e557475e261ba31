import { Client } from 'ldapts';
import type { Request, Response } from 'express';

const client = new Client({ url: process.env.LDAP_URL ?? 'ldaps://ldap.example.org' });

export class GroupService {
  constructor(private readonly base = 'ou=groups,dc=example,dc=org') {}

  async isMember(uid: string, group: string): Promise<boolean> {
    const { searchEntries } = await client.search(this.base, { // expect: ldap-injection
      scope: 'sub',
      filter: `(&(cn=${group})(memberUid=${uid}))`,
    });
    return searchEntries.length > 0;
  }
}

const groups = new GroupService();

export async function checkAccess(req: Request, res: Response): Promise<void> {
  const allowed = await groups.isMember(req.params.uid, String(req.query.group));
  res.json({ allowed });
}
