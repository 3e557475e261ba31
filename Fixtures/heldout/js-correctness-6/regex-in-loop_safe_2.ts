import type { ExecutorContext } from '@nx/devkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CheckLicenseOptions {
  files: string[];
  header: string;
}

function headerPattern(header: string): RegExp {
  const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace('\\{\\{year\\}\\}', '\\d{4}'));
}

export default async function checkLicense(options: CheckLicenseOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  const root = context.root;
  const expected = headerPattern(options.header);
  const missing = options.files.filter((file) => !expected.test(readFileSync(join(root, file), 'utf8').slice(0, 400)));
  if (missing.length > 0) {
    process.stderr.write(`Missing license header in:\n  ${missing.join('\n  ')}\n`);
  }
  return { success: missing.length === 0 };
}
