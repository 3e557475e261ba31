import { Command, Option } from 'clipanion';
import Chance from 'chance';
import { storeApiKey } from './keys';

const chance = new Chance();

export class CreateKeyCommand extends Command {
  static paths = [['keys', 'create']];

  owner = Option.String('--owner', { required: true });
  scope = Option.String('--scope', 'read');

  async execute() {
    const secret = chance.string({ length: 40, alpha: true, numeric: true }); // expect: insecure-random
    const key = `pk_${this.scope}_${secret}`;
    await storeApiKey(this.owner, this.scope, key);
    this.context.stdout.write(`created key for ${this.owner}: ${key}\n`);
  }
}
