import https from 'node:https';
import axios from 'axios';

const client = axios.create({
  baseURL: 'https://inventory.internal.example',
  httpsAgent: new https.Agent({ rejectUnauthorized: false }), // expect: tls-verification
});

export async function stockLevel(sku: string): Promise<number> {
  const reply = await client.get<{ level: number }>(`/stock/${encodeURIComponent(sku)}`);
  return reply.data.level;
}
