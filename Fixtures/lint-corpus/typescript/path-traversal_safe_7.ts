import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NextApiRequest, NextApiResponse } from 'next';

const GUIDES = path.resolve(process.cwd(), 'guides');

function guideFile(parts: string[]): string | null {
  const candidate = path.resolve(GUIDES, ...parts) + '.mdx';
  if (!candidate.startsWith(GUIDES + path.sep)) {
    return null;
  }
  return candidate;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const parts = ([] as string[]).concat(req.query.parts ?? 'index');
  const file = guideFile(parts);
  if (!file) return res.status(400).end();
  return res.status(200).send(await fs.readFile(file, 'utf8'));
}
