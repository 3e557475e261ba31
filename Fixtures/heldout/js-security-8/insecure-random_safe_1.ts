// NATS service handing out one-time download links for invoices.
import { randomBytes } from 'node:crypto';
import { connect, JSONCodec } from 'nats';
import { saveDownloadToken } from './downloads';

interface LinkRequest {
  invoiceId: string;
  customerId: string;
}

const codec = JSONCodec<LinkRequest>();

function downloadToken(): string {
  return randomBytes(24).toString('base64url');
}

function retryDelay(attempt: number): number {
  return 250 * 2 ** attempt + Math.floor(Math.random() * 100);
}

async function main(): Promise<void> {
  const nc = await connect({ servers: process.env.NATS_URL ?? 'nats://localhost:4222', reconnectTimeWait: retryDelay(1) });
  const subscription = nc.subscribe('invoices.link');
  for await (const message of subscription) {
    const request = codec.decode(message.data);
    const token = downloadToken();
    await saveDownloadToken(token, request.invoiceId, request.customerId);
    message.respond(new TextEncoder().encode(`https://billing.example.com/dl/${token}`));
  }
}

main();
