import './styles.css';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export { formatDate } from './dates.js';

export async function loadConfig(dir) {
  const load = async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8'));
  return load('config.json');
}
