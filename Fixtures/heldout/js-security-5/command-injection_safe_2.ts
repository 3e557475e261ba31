// Vercel function that extracts pages from an uploaded PDF with argv arrays.
import type { VercelRequest, VercelResponse } from '@vercel/node';
import { execa } from 'execa';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeUpload } from '../lib/uploads';

const RANGE = /^\d{1,4}(-\d{1,4})?$/;

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const pages = String(req.query.pages ?? '');
  const ranges = pages.split(',');
  if (!ranges.every((r) => RANGE.test(r))) {
    res.status(400).json({ error: 'bad page range' });
    return;
  }
  const file = await storeUpload(req);
  const output = join(await mkdtemp(join(tmpdir(), 'extract-')), 'extract.pdf');
  await execa('pdftk', [file, 'cat', ...ranges, 'output', output]);
  res.status(200).json({ output });
}
