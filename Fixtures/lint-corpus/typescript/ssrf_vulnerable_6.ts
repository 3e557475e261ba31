import axios from 'axios';
import type { Request, Response } from 'express';

async function preview(link: string): Promise<string> {
  const page = await axios.get(link, { timeout: 3000 }); // expect: ssrf
  return String(page.data).slice(0, 200);
}

export async function previews(req: Request, res: Response): Promise<void> {
  const links = String(req.query.links ?? '').split(',');
  res.json(await Promise.all(links.map(preview)));
}
