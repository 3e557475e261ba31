import { promises as fs } from 'node:fs';
import { join } from 'node:path';

const CACHE_DIR = join(process.cwd(), '.cache', 'reports');

export async function cacheReport(userId: number, html: string): Promise<string> {
  await fs.mkdir(CACHE_DIR, { recursive: true, mode: 0o700 });
  const file = join(CACHE_DIR, `report-${userId}.html`);
  await fs.writeFile(file, html, { mode: 0o600 });
  return file;
}
