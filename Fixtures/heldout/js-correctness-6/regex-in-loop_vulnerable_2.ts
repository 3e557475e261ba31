import type { ExecutorContext } from '@nx/devkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CheckLicenseOptions {
  files: string[];
  header: string;
}

export default async function checkLicense(options: CheckLicenseOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  const root = context.root;
  const missing: string[] = [];
  for (const file of options.files) {
    const head = readFileSync(join(root, file), 'utf8').slice(0, 400);
    const expected = new RegExp(options.header.replace('{{year}}', '\\d{4}')); // expect: regex-in-loop
    if (!expected.test(head)) {
      missing.push(file);
    }
  }
  if (missing.length > 0) {
    process.stderr.write(`Missing license header in:\n  ${missing.join('\n  ')}\n`);
  }
  return { success: missing.length === 0 };
}
