// Vercel function: recipe search against one fixed provider; user text only in the query string.
import type { VercelRequest, VercelResponse } from '@vercel/node';
import got from 'got';

const PROVIDER = 'https://api.recipes.example.com/v1/search';

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const q = String(req.query.q ?? '').slice(0, 100);
  const results = await got(PROVIDER, {
    searchParams: { q, limit: 20 },
    headers: { authorization: `Bearer ${process.env.RECIPES_TOKEN}` },
    timeout: { request: 8000 },
    followRedirect: false,
  }).json();
  res.status(200).json(results);
}
