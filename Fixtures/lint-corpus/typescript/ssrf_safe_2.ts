import type { NextApiRequest, NextApiResponse } from 'next';
import got from 'got';

const FEEDS: Record<string, string> = {
  news: 'https://news.example.com/rss.xml',
  blog: 'https://blog.example.com/feed.xml',
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const key = String(req.query.feed);
  if (!(key in FEEDS)) {
    res.status(400).json({ error: 'unknown feed' });
    return;
  }
  const xml = await got(FEEDS[key]).text();
  res.setHeader('Content-Type', 'application/xml');
  res.send(xml);
}
