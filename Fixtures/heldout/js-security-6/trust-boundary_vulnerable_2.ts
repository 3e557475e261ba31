import type { Context } from '@netlify/functions';
import { getIronSession } from 'iron-session';

interface PortalSession {
  userId?: string;
  role?: string;
  locale?: string;
}

const options = {
  password: process.env.SESSION_PASSWORD ?? '',
  cookieName: 'portal',
  cookieOptions: { secure: true, httpOnly: true, sameSite: 'lax' as const },
};

export default async (req: Request, _context: Context) => {
  const res = new Response(null, { status: 204 });
  const session = await getIronSession<PortalSession>(req, res, options);
  const form = await req.formData();

  session.role = String(form.get('role') ?? 'viewer'); // expect: trust-boundary
  const url = new URL(req.url);
  session.userId = url.searchParams.get('as') ?? session.userId; // expect: trust-boundary
  await session.save();
  return res;
};
