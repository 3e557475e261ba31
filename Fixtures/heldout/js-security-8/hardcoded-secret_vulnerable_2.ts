// oclif command that replays stored webhooks to a partner endpoint, signed.
import { Args, Command, Flags } from '@oclif/core';
import { createHmac } from 'node:crypto';
import { loadDeliveries } from '../deliveries';

const SIGNING_SECRET = 'whsec_4fJ9kQ2mZ7xR1pV8tL3nB6cY0dH5gW'; // expect: hardcoded-secret

export default class Replay extends Command {
  static args = { partner: Args.string({ required: true }) };
  static flags = { since: Flags.string({ default: '24h' }) };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Replay);
    const deliveries = await loadDeliveries(args.partner, flags.since);
    for (const delivery of deliveries) {
      const body = JSON.stringify(delivery.payload);
      const signature = createHmac('sha256', SIGNING_SECRET).update(body).digest('hex');
      const response = await fetch(delivery.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signature },
        body,
      });
      this.log(`${delivery.id} -> ${response.status}`);
    }
  }
}
