import { AndFilter, Client, EqualityFilter } from 'ldapts';
import type { Request, Response } from 'express';

const client = new Client({ url: process.env.LDAP_URL ?? 'ldaps://ldap.example.org' });
const UID_RE = /^[a-z][a-z0-9._-]{0,31}$/;

export class GroupService {
  constructor(private readonly base = 'ou=groups,dc=example,dc=org') {}

  async isMember(uid: string, group: string): Promise<boolean> {
    const filter = new AndFilter({
      filters: [
        new EqualityFilter({ attribute: 'cn', value: group }),
        new EqualityFilter({ attribute: 'memberUid', value: uid }),
      ],
    });
    const { searchEntries } = await client.search(this.base, { scope: 'sub', filter });
    return searchEntries.length > 0;
  }

  async count(uid: string): Promise<number> {
    if (!UID_RE.test(uid)) {
      return 0;
    }
    const { searchEntries } = await client.search(this.base, { scope: 'sub', filter: `(memberUid=${uid})` });
    return searchEntries.length;
  }
}

const groups = new GroupService();

export async function checkAccess(req: Request, res: Response): Promise<void> {
  const allowed = await groups.isMember(req.params.uid, String(req.query.group));
  res.json({ allowed, groups: await groups.count(req.params.uid) });
}
