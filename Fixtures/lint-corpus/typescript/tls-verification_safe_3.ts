import { readFileSync } from 'node:fs';
import { Agent, fetch as undiciFetch } from 'undici';
import { Pool } from 'pg';

const ca = readFileSync('/etc/ssl/internal-ca.pem', 'utf8');
const dispatcher = new Agent({ connect: { ca, rejectUnauthorized: true } });

export const pool = new Pool({ host: process.env.PGHOST, ssl: { ca } });

export async function health(url: string) {
  const response = await undiciFetch(url, { dispatcher });
  return response.ok;
}
