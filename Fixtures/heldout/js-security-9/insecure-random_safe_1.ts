import { randomBytes } from 'node:crypto';
import { Command, Option } from 'clipanion';
import Chance from 'chance';
import { storeApiKey } from './keys';

const chance = new Chance();

export class CreateKeyCommand extends Command {
  static paths = [['keys', 'create']];

  owner = Option.String('--owner', { required: true });
  scope = Option.String('--scope', 'read');

  async execute() {
    const key = `pk_${this.scope}_${randomBytes(30).toString('base64url')}`;
    await storeApiKey(this.owner, this.scope, key);
    this.context.stdout.write(`created key for ${this.owner}: ${key}\n`);
  }
}

export class SampleDataCommand extends Command {
  static paths = [['fixtures', 'people']];

  count = Option.String('--count', '10');

  async execute() {
    for (let i = 0; i < Number(this.count); i++) {
      this.context.stdout.write(`${chance.name()},${chance.city()}\n`);
    }
  }
}
