// Vercel function that extracts pages from an uploaded PDF.
import type { VercelRequest, VercelResponse } from '@vercel/node';
import { exec } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { execa } from 'execa';
import { storeUpload } from '../lib/uploads';

const run = promisify(exec);

async function thumbnail(file: string, page: string, workDir: string) {
  await run(`pdftoppm -f ${page} -l ${page} -png ${file} ${join(workDir, 'thumb')}`); // expect: command-injection
}

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const { pages, thumb } = req.query as { pages: string; thumb?: string };
  const file = await storeUpload(req);
  const workDir = await mkdtemp(join(tmpdir(), 'extract-'));
  const output = join(workDir, 'extract.pdf');
  await execa(`pdftk ${file} cat ${pages} output ${output}`, { shell: true }); // expect: command-injection
  if (thumb) {
    await thumbnail(file, thumb, workDir);
  }
  res.status(200).json({ output });
}
