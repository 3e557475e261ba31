import { readFileSync } from 'node:fs';
import https from 'node:https';
import axios from 'axios';

const client = axios.create({
  baseURL: 'https://inventory.internal.example',
  httpsAgent: new https.Agent({ ca: readFileSync('/etc/ssl/certs/internal-ca.pem'), rejectUnauthorized: true }),
});

export async function stockLevel(sku: string): Promise<number> {
  const reply = await client.get<{ level: number }>(`/stock/${encodeURIComponent(sku)}`);
  return reply.data.level;
}
