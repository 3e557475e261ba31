import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function stageUpload(userId: string, data: Buffer): Promise<string> {
  const staged = join(tmpdir(), `upload-${userId}.bin`); // expect: insecure-temp-file
  await writeFile(staged, data);
  return staged;
}

export async function writePid(): Promise<void> {
  await writeFile('/tmp/worker.pid', String(process.pid)); // expect: insecure-temp-file
}
