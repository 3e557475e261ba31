import path from 'path'; // expect: unused-import
import { readFile, writeFile } from 'fs/promises'; // expect: unused-import

export async function loadJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}
