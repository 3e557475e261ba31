// CLI that imports workflow definitions exported by other users.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import jsTypes from 'js-yaml-js-types';
import { registerWorkflow } from './workflows';

const schema = yaml.DEFAULT_SCHEMA.extend(jsTypes);

function loadWorkflow(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return yaml.load(text, { schema }); // expect: unsafe-deserialization
}

function main(files: string[]): number {
  let failures = 0;
  for (const file of files) {
    try {
      const workflow = loadWorkflow(file);
      registerWorkflow(workflow);
      process.stdout.write(`imported ${file}\n`);
    } catch (err) {
      failures += 1;
      process.stderr.write(`could not import ${file}: ${(err as Error).message}\n`);
    }
  }
  return failures;
}

process.exitCode = main(process.argv.slice(2)) > 0 ? 1 : 0;
