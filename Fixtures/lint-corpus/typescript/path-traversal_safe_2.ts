import type { NextApiRequest, NextApiResponse } from 'next';
import { createReadStream, existsSync } from 'fs';
import { join, resolve, sep } from 'path';

const EXPORTS = resolve(process.cwd(), 'public', 'exports');

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const id = Number.parseInt(String(req.query.id), 10);
  const target = join(EXPORTS, `export-${id}.csv`);
  if (!existsSync(target) || !resolve(target).startsWith(EXPORTS + sep)) {
    res.status(404).end();
    return;
  }
  createReadStream(target).pipe(res);
}
