import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export function resizeAvatar(image: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'avatar-'));
  try {
    const input = join(dir, 'avatar.png');
    const output = join(dir, 'avatar-small.png');
    writeFileSync(input, image, { mode: 0o600 });
    execFileSync('convert', [input, '-resize', '128x128', output]);
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
