import { readFile, writeFile } from 'node:fs/promises'; // expect: unused-import
import path from 'node:path';
import os from 'node:os'; // expect: unused-import

export async function loadConfig(dir) {
  const text = await readFile(path.join(dir, 'config.json'), 'utf8');
  return JSON.parse(text);
}
