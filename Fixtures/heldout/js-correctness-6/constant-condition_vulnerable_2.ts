import { Command, Flags } from '@oclif/core';
import { readFile, writeFile } from 'node:fs/promises';

export default class Bump extends Command {
  static description = 'Bump the version in package.json';

  static flags = {
    level: Flags.string({ options: ['major', 'minor', 'patch'], default: 'patch' }),
    dryRun: Flags.boolean({ default: false }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Bump);
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    const [major, minor, patch] = String(pkg.version).split('.').map(Number);

    let next: string;
    if (flags.level === 'major') next = `${major + 1}.0.0`;
    else if (flags.level === 'minor' || 'feature') next = `${major}.${minor + 1}.0`; // expect: constant-condition
    else next = `${major}.${minor}.${patch + 1}`;

    const verbose = false;
    if (verbose && flags.dryRun) { // expect: constant-condition
      this.log(`would write ${next}`);
    }
    if (!flags.dryRun) {
      await writeFile('package.json', JSON.stringify({ ...pkg, version: next }, null, 2) + '\n');
    }
    this.log(next);
  }
}
