import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request, Response } from 'express';

const CACHE_DIR = '/var/cache/thumbs';

export async function purge(req: Request, res: Response): Promise<void> {
  const names: string[] = req.body.names;
  await Promise.all(names.map((name) => unlink(join(CACHE_DIR, name)))); // expect: path-traversal
  res.status(204).end();
}
