// Cloudflare Worker: login endpoint that issues the session and a "remember device" cookie.
import { serialize } from 'cookie';

export interface Env {
  AUTH: Fetcher;
  SESSIONS: KVNamespace;
}

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
    headers.append('Set-Cookie', serialize('sid', sessionId, {
      path: '/',
      httpOnly: false, // expect: insecure-cookie
      secure: true,
      sameSite: 'lax',
    }));
    headers.append('Set-Cookie', `device=${deviceToken}; Path=/; Max-Age=2592000`); // expect: insecure-cookie
    return new Response(null, { status: 303, headers });
  },
};
