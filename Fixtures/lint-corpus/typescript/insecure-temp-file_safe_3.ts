import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function stageUpload(data: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'upload-'));
  const staged = join(dir, 'payload.bin');
  await writeFile(staged, data, { mode: 0o600, flag: 'wx' });
  return staged;
}
