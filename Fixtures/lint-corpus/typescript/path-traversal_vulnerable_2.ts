import type { NextApiRequest, NextApiResponse } from 'next';
import { createReadStream } from 'fs';
import { join } from 'path';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const name = req.query.name as string;
  const target = join(process.cwd(), 'public', 'exports', name);
  const stream = createReadStream(target); // expect: path-traversal
  stream.on('error', () => res.status(404).end());
  stream.pipe(res);
}
