import type { NextApiRequest, NextApiResponse } from 'next';

const PARTNERS: Record<string, string> = {
  acme: 'https://portal.acme.example/sso/landing',
  globex: 'https://globex.example/welcome',
};

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const partner = String(req.query.partner ?? '');
  if (Object.hasOwn(PARTNERS, partner)) {
    return res.redirect(302, PARTNERS[partner]);
  }
  const page = Number.parseInt(String(req.query.page ?? '1'), 10);
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  return res.redirect(302, `/partners?page=${safePage}`);
}
