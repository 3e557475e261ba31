import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NextApiRequest, NextApiResponse } from 'next';

const DOCS_ROOT = path.join(process.cwd(), 'content', 'docs');
const DRAFTS_ROOT = path.join(process.cwd(), 'content', 'drafts');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const { name, body } = req.body as { name: string; body: string };
    const draft = path.resolve(DRAFTS_ROOT, name);
    await fs.writeFile(draft, body, 'utf8'); // expect: path-traversal
    return res.status(201).json({ saved: name });
  }

  const slug = ([] as string[]).concat(req.query.slug ?? 'index');
  const file = path.join(DOCS_ROOT, ...slug) + '.md';
  try {
    const markdown = await fs.readFile(file, 'utf8'); // expect: path-traversal
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    return res.status(200).send(markdown);
  } catch {
    return res.status(404).json({ error: 'not found' });
  }
}
