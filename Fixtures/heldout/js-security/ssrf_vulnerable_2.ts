// pages/api/unfurl.ts: fetches Open Graph data for links pasted into chat.
import type { NextApiRequest, NextApiResponse } from 'next';
import got from 'got';

interface Unfurl {
  title?: string;
  image?: string;
}

function pick(html: string, prop: string): string | undefined {
  const m = html.match(new RegExp(`<meta property="og:${prop}" content="([^"]*)"`));
  return m ? m[1] : undefined;
}

async function unfurl(link: string): Promise<Unfurl> {
  const html = await got(link, { timeout: { request: 4000 } }).text(); // expect: ssrf
  return { title: pick(html, 'title'), image: pick(html, 'image') };
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const links = String(req.query.links ?? '').split(',').slice(0, 3);
  const results = await Promise.all(links.map(unfurl));
  res.status(200).json(results);
}
