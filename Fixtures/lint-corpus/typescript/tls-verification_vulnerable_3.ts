import { Agent, fetch as undiciFetch } from 'undici';
import { Pool } from 'pg';

process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'; // expect: tls-verification

const dispatcher = new Agent({ connect: { rejectUnauthorized: false } }); // expect: tls-verification

export const pool = new Pool({
  host: process.env.PGHOST,
  ssl: { rejectUnauthorized: false }, // expect: tls-verification
});

export async function health(url: string) {
  const response = await undiciFetch(url, { dispatcher });
  return response.ok;
}
