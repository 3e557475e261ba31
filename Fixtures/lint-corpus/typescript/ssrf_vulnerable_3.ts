import type { NextApiRequest, NextApiResponse } from 'next';

const BLOCKED = ['localhost', '127.0.0.1'];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const target = String(req.query.url);
  const { hostname } = new URL(target);
  if (BLOCKED.includes(hostname)) {
    res.status(400).json({ error: 'blocked host' });
  }
  const upstream = await fetch(target); // expect: ssrf
  res.status(upstream.status).send(await upstream.text());
}

export async function ogImage(req: NextApiRequest, res: NextApiResponse) {
  const image = req.query.image as string;
  if (!image.startsWith('https://')) {
    return res.status(400).end();
  }
  const reply = await fetch(image); // expect: ssrf
  res.setHeader('Content-Type', reply.headers.get('content-type') ?? 'image/png');
  res.send(Buffer.from(await reply.arrayBuffer()));
}
