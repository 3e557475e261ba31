import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path'; // expect: unused-import
import type { Stats } from 'node:fs'; // expect: unused-import
import os from 'node:os'; // expect: unused-import

export async function readJson<T>(dir: string, name: string): Promise<T> {
  return JSON.parse(await readFile(join(dir, name), 'utf8')) as T;
}
