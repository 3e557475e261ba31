// Vercel function: import a recipe from a web page the user pastes.
import type { VercelRequest, VercelResponse } from '@vercel/node';
import got from 'got';
import { parseRecipe } from '../lib/recipes';

async function download(pageUrl: string): Promise<string> {
  const response = await got(pageUrl, { timeout: { request: 8000 }, followRedirect: true }); // expect: ssrf
  return response.body;
}

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const { url } = req.body as { url: string };
  const html = await download(url);
  res.status(200).json(parseRecipe(html));
}
