import { writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export function resizeAvatar(image: Buffer): Buffer {
  const input = join(tmpdir(), 'avatar.png'); // expect: insecure-temp-file
  const output = join(tmpdir(), 'avatar-small.png'); // expect: insecure-temp-file
  writeFileSync(input, image);
  execFileSync('convert', [input, '-resize', '128x128', output]);
  return readFileSync(output);
}
