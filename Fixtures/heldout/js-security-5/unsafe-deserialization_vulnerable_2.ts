// Vercel function: import a saved dashboard layout exported as BSON.
import type { VercelRequest, VercelResponse } from '@vercel/node';
import { deserialize } from 'bson';
import { saveLayout } from '../lib/layouts';

function rawBody(req: VercelRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export const config = { api: { bodyParser: false } };

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const layout = deserialize(await rawBody(req), { evalFunctions: true, cacheFunctions: true }); // expect: unsafe-deserialization
  await saveLayout(String(req.query.dashboard), layout);
  res.status(201).json({ widgets: layout.widgets?.length ?? 0 });
}
