// Oclif command that renders a release note with one of the built-in layouts.
import { Command, Flags } from '@oclif/core';
import template from 'art-template';
import { changesSince } from '../git';

const LAYOUTS: Record<string, string> = {
  short: '- {{subject}}',
  full: '- {{subject}} ({{author}}, {{date}})',
  markdown: '* **{{scope}}**: {{subject}}',
};

export default class Notes extends Command {
  static flags = {
    since: Flags.string({ required: true }),
    layout: Flags.string({ options: Object.keys(LAYOUTS), default: 'short' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Notes);
    const changes = await changesSince(flags.since);
    const render = template.compile(LAYOUTS[flags.layout] ?? LAYOUTS.short);
    this.log(changes.map((change) => render(change)).join('\n'));
  }
}
