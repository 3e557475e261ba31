// Plain node:http handler for the kiosk check-out, with iron-session.
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { getIronSession } from 'iron-session';

interface KioskSession {
  basketId?: string;
  memberPrice?: boolean;
}

const SESSION_OPTIONS = {
  password: process.env.KIOSK_SESSION_PASSWORD as string,
  cookieName: 'kiosk',
  cookieOptions: { secure: true, httpOnly: true, sameSite: 'strict' as const },
};

async function body(req: IncomingMessage): Promise<Record<string, string>> {
  let raw = '';
  for await (const chunk of req) {
    raw += chunk;
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

createServer(async (req: IncomingMessage, res: ServerResponse) => {
  const session = await getIronSession<KioskSession>(req, res, SESSION_OPTIONS);
  if (req.method === 'POST' && req.url === '/basket') {
    const form = await body(req);
    session.basketId = form.basket; // expect: trust-boundary
    session.memberPrice = form.member === 'on'; // expect: trust-boundary
    await session.save();
  }
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ basket: session.basketId ?? null }));
}).listen(8080);
