import * as fs from 'fs';
import * as os from 'os';

export function renderChart(svg: string): string {
  const file = os.tmpdir() + '/chart-' + process.pid + '.svg'; // expect: insecure-temp-file
  fs.writeFileSync(file, svg);
  return file;
}
