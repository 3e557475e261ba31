import { promises as fs } from 'node:fs';

export async function cacheReport(userId: number, html: string): Promise<string> {
  const file = `/tmp/report-${userId}.html`; // expect: insecure-temp-file
  await fs.writeFile(file, html);
  return file;
}
