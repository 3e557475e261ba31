// oclif command that replays stored webhooks to a partner endpoint, signed.
import { Args, Command, Flags } from '@oclif/core';
import { createHmac } from 'node:crypto';
import { loadDeliveries } from '../deliveries';

const SIGNING_SECRET_ENV = 'WEBHOOK_SIGNING_SECRET';

export default class Replay extends Command {
  static args = { partner: Args.string({ required: true }) };
  static flags = { since: Flags.string({ default: '24h' }) };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Replay);
    const secret = process.env[SIGNING_SECRET_ENV];
    if (!secret) {
      this.error(`${SIGNING_SECRET_ENV} is not set`);
    }
    const deliveries = await loadDeliveries(args.partner, flags.since);
    for (const delivery of deliveries) {
      const body = JSON.stringify(delivery.payload);
      const signature = createHmac('sha256', secret).update(body).digest('hex');
      const response = await fetch(delivery.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signature },
        body,
      });
      this.log(`${delivery.id} -> ${response.status}`);
    }
  }
}
