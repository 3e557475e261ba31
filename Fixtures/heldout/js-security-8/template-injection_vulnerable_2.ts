// Oclif command that renders a release note from a template given on the command line.
import { Command, Flags } from '@oclif/core';
import template from 'art-template';
import { readFileSync } from 'node:fs';
import { changesSince } from '../git';

export default class Notes extends Command {
  static flags = {
    since: Flags.string({ required: true }),
    layout: Flags.string({ description: 'inline template for each change' }),
    file: Flags.string({ description: 'template file shared by the team' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Notes);
    const changes = await changesSince(flags.since);
    const source = flags.file ? readFileSync(flags.file, 'utf8') : flags.layout ?? '- {{subject}} ({{author}})';
    const render = template.compile(source); // expect: template-injection
    this.log(changes.map((change) => render(change)).join('\n'));
  }
}
