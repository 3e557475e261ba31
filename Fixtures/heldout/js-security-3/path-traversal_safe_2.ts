import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NextApiRequest, NextApiResponse } from 'next';

const DOCS_ROOT = path.resolve(process.cwd(), 'content', 'docs');

function docPath(parts: string[]): string | null {
  const candidate = path.resolve(DOCS_ROOT, ...parts) + '.md';
  if (!candidate.startsWith(DOCS_ROOT + path.sep)) {
    return null;
  }
  return candidate;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = ([] as string[]).concat(req.query.slug ?? 'index');
  const file = docPath(slug);
  if (!file) {
    return res.status(400).json({ error: 'bad path' });
  }
  try {
    const markdown = await fs.readFile(file, 'utf8');
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    return res.status(200).send(markdown);
  } catch {
    return res.status(404).json({ error: 'not found' });
  }
}
