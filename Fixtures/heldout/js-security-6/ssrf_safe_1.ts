import type { Config, Context } from '@netlify/functions';
import ky from 'ky';

const OEMBED = 'https://noembed.com/embed';
const PROVIDERS = new Set(['www.youtube.com', 'vimeo.com', 'soundcloud.com']);

export default async (req: Request, _context: Context) => {
  const { link } = (await req.json()) as { link: string };
  let host = '';
  try {
    host = new URL(link).hostname;
  } catch {
    return new Response('invalid link', { status: 400 });
  }
  if (!PROVIDERS.has(host)) {
    return new Response('unsupported provider', { status: 400 });
  }
  const preview = await ky.get(OEMBED, { searchParams: { url: link }, timeout: 5000 }).json();
  return Response.json(preview, { headers: { 'cache-control': 'public, max-age=600' } });
};

export const config: Config = { path: '/api/preview' };
