/// <reference types="@fastly/js-compute" />
import { env } from 'fastly:env';
import { KVStore } from 'fastly:kv-store';

const REDIRECTS_STORE = 'redirects';
const CACHE_SECONDS = 3600;

async function lookup(path: string): Promise<string | null> {
  const store = new KVStore(REDIRECTS_STORE);
  const entry = await store.get(path.toLowerCase());
  return entry ? entry.text() : null;
}

async function handle(event: { request: Request }): Promise<Response> {
  const url = new URL(event.request.url);
  const target = await lookup(url.pathname);
  if (target) {
    return new Response(null, { status: 301, headers: { Location: target, 'Cache-Control': `max-age=${CACHE_SECONDS}` } });
  }
  const upstream = await fetch(event.request, { backend: 'origin' });
  const headers = new Headers(upstream.headers);
  headers.set('x-redirect-checked', '1');
  headers.set('x-served-by', env('FASTLY_POP'));
  return new Response(upstream.body, { status: upstream.status, headers });
}

addEventListener('fetch', (event) => event.respondWith(handle(event)));
