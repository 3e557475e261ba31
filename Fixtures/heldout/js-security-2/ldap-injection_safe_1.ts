// routes/directory.ts -- Express + ldapts, filter values escaped (RFC 4515)
import { Router, Request, Response } from 'express';
import { Client } from 'ldapts';

const router = Router();
const BASE_DN = 'ou=staff,dc=example,dc=org';

function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));
}

router.get('/directory', async (req: Request, res: Response) => {
  const email = escapeFilterValue(String(req.query.email ?? ''));
  const office = req.query.office ? `(physicalDeliveryOfficeName=${escapeFilterValue(String(req.query.office))})` : '';
  const filter = `(&(objectClass=person)(mail=${email})${office})`;
  const client = new Client({ url: process.env.LDAP_URL as string });
  try {
    await client.bind(process.env.LDAP_BIND_DN as string, process.env.LDAP_BIND_PASSWORD as string);
    const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter, attributes: ['cn', 'telephoneNumber'] });
    res.json(searchEntries);
  } finally {
    await client.unbind();
  }
});

export default router;
