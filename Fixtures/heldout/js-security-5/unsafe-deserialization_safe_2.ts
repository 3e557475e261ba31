// Vercel function: import a dashboard layout as BSON with the default (data-only) options.
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
  const layout = deserialize(await rawBody(req), { promoteValues: true });
  if (!Array.isArray(layout.widgets)) {
    res.status(400).json({ error: 'no widgets' });
    return;
  }
  await saveLayout(String(req.query.dashboard), { widgets: layout.widgets.map(String) });
  res.status(201).json({ widgets: layout.widgets.length });
}
