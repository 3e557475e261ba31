import type { Context } from '@netlify/functions';
import { getIronSession } from 'iron-session';

interface PortalSession {
  userId?: string;
  locale?: string;
  updatedAt?: number;
}

const LOCALES = new Set(['en', 'de', 'fr', 'es']);

const options = {
  password: process.env.SESSION_PASSWORD ?? '',
  cookieName: 'portal',
  cookieOptions: { secure: true, httpOnly: true, sameSite: 'lax' as const },
};

export default async (req: Request, _context: Context) => {
  const res = new Response(null, { status: 204 });
  const session = await getIronSession<PortalSession>(req, res, options);
  if (!session.userId) {
    return new Response('unauthorized', { status: 401 });
  }
  const form = await req.formData();
  const requested = String(form.get('locale') ?? '');
  session.locale = LOCALES.has(requested) ? requested : 'en';
  session.updatedAt = Date.now();
  await session.save();
  return res;
};
