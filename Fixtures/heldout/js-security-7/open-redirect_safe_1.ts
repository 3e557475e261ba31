// Cloudflare Worker: logout, then back to a same-origin path only.
export interface Env {
  SESSIONS: KVNamespace;
}

function localPath(candidate: string | null, base: URL): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
    return '/';
  }
  const target = new URL(candidate, base);
  return target.origin === base.origin ? target.pathname + target.search : '/';
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== '/logout') {
      return new Response('not found', { status: 404 });
    }
    const sid = request.headers.get('Cookie')?.match(/(?:^|;\s*)sid=([^;]+)/)?.[1];
    if (sid) {
      await env.SESSIONS.delete(`session:${sid}`);
    }
    const destination = new URL(localPath(url.searchParams.get('next'), url), url.origin);
    return Response.redirect(destination.toString(), 303);
  },
};
