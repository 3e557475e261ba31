// NATS service handing out one-time download links for invoices.
import { connect, JSONCodec } from 'nats';
import { saveDownloadToken } from './downloads';

interface LinkRequest {
  invoiceId: string;
  customerId: string;
}

const codec = JSONCodec<LinkRequest>();

function downloadToken(): string {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // expect: insecure-random
}

async function main(): Promise<void> {
  const nc = await connect({ servers: process.env.NATS_URL ?? 'nats://localhost:4222' });
  const subscription = nc.subscribe('invoices.link');
  for await (const message of subscription) {
    const request = codec.decode(message.data);
    const token = downloadToken();
    await saveDownloadToken(token, request.invoiceId, request.customerId);
    message.respond(new TextEncoder().encode(`https://billing.example.com/dl/${token}`));
  }
}

main();
