import './polyfills.js';
import path from 'path';
import { readFile } from 'fs/promises';
export { writeFile } from 'fs/promises';

export async function loadJson(dir, name) {
  return JSON.parse(await readFile(path.join(dir, name), 'utf8'));
}
