// routes/directory.ts -- Express + ldapts: colleague lookup for the intranet
import { Router, Request, Response } from 'express';
import { Client } from 'ldapts';

const router = Router();
const BASE_DN = 'ou=staff,dc=example,dc=org';

async function withClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ url: process.env.LDAP_URL as string });
  await client.bind(process.env.LDAP_BIND_DN as string, process.env.LDAP_BIND_PASSWORD as string);
  try {
    return await fn(client);
  } finally {
    await client.unbind();
  }
}

router.get('/directory', async (req: Request, res: Response) => {
  const email = String(req.query.email ?? '');
  const office = req.query.office ? `(physicalDeliveryOfficeName=${req.query.office})` : '';
  const filter = `(&(objectClass=person)(mail=${email})${office})`;
  const { searchEntries } = await withClient((c) => c.search(BASE_DN, { scope: 'sub', filter, attributes: ['cn', 'telephoneNumber'] })); // expect: ldap-injection
  res.json(searchEntries);
});

export default router;
