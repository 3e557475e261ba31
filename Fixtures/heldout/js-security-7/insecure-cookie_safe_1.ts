// Cloudflare Worker: login endpoint with hardened session and device cookies.
import { serialize, type CookieSerializeOptions } from 'cookie';

export interface Env {
  AUTH: Fetcher;
  SESSIONS: KVNamespace;
}

const HARDENED: CookieSerializeOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'strict' };

async function createSession(env: Env, userId: string): Promise<string> {
  const id = crypto.randomUUID();
  await env.SESSIONS.put(`session:${id}`, userId, { expirationTtl: 60 * 60 * 8 });
  return id;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const verdict = await env.AUTH.fetch(request.clone());
    if (!verdict.ok) {
      return new Response('invalid credentials', { status: 401 });
    }
    const { userId, deviceToken } = (await verdict.json()) as { userId: string; deviceToken: string };
    const sessionId = await createSession(env, userId);

    const headers = new Headers({ Location: '/dashboard' });
    headers.append('Set-Cookie', serialize('sid', sessionId, { ...HARDENED, maxAge: 60 * 60 * 8 }));
    headers.append('Set-Cookie', serialize('device', deviceToken, { ...HARDENED, maxAge: 2592000 }));
    return new Response(null, { status: 303, headers });
  },
};
