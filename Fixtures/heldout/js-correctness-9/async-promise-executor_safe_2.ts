import type { Task } from 'graphile-worker';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';

interface ChecksumPayload {
  path: string;
  expected: string;
}

async function sha256Of(file: string): Promise<string> {
  const info = await stat(file);
  if (!info.isFile()) {
    throw new Error(`${file} is not a regular file`);
  }
  return new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export const verify_upload: Task = async (payload, helpers) => {
  const { path, expected } = payload as ChecksumPayload;
  const actual = await sha256Of(path);
  if (actual !== expected) {
    helpers.logger.error(`checksum mismatch for ${path}`);
    await helpers.addJob('quarantine_upload', { path });
    return;
  }
  helpers.logger.info(`verified ${path}`);
};
