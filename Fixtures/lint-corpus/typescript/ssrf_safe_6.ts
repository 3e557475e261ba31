import axios from 'axios';
import type { Request, Response } from 'express';

const SOURCES: Record<string, string> = { docs: 'https://docs.example.org/feed', blog: 'https://blog.example.org/feed' };

async function preview(name: string): Promise<string> {
  const page = await axios.get(SOURCES[name] ?? SOURCES.docs, { timeout: 3000 });
  return String(page.data).slice(0, 200);
}

export async function previews(req: Request, res: Response): Promise<void> {
  const names = String(req.query.sources ?? '').split(',');
  res.json(await Promise.all(names.map(preview)));
}
