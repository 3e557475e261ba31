import * as fs from 'fs';
import * as path from 'path';

const CACHE_DIR = path.join(process.cwd(), '.cache', 'charts');

export function renderChart(id: number, svg: string): string {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `chart-${id}.svg`);
  fs.writeFileSync(file, svg);
  return file;
}

export const HELP = 'charts are cached under .cache/charts, never in /tmp';
