import type { NextApiRequest, NextApiResponse } from 'next';
import got from 'got';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { feed } = req.query as { feed: string };
  const xml = await got(feed).text(); // expect: ssrf
  res.setHeader('Content-Type', 'application/xml');
  res.send(xml);
}
