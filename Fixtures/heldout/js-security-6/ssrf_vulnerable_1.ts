import type { Config, Context } from '@netlify/functions';
import ky from 'ky';

async function fetchPreview(target: string): Promise<{ title: string; image?: string }> {
  const html = await ky.get(target, { timeout: 5000 }).text(); // expect: ssrf
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? target;
  const image = /<meta property="og:image" content="([^"]+)"/i.exec(html)?.[1];
  return { title, image };
}

export default async (req: Request, _context: Context) => {
  const { link } = (await req.json()) as { link: string };
  const preview = await fetchPreview(link);
  return Response.json(preview, { headers: { 'cache-control': 'public, max-age=600' } });
};

export const config: Config = { path: '/api/preview' };
