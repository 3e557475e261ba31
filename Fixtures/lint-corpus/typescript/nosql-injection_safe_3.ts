import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { getDb } from '@/lib/mongo';

const Transfer = z.object({ owner: z.string().min(1), folder: z.string().max(64) });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const parsed = Transfer.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: 'bad request' });
  const { owner, folder } = parsed.data;
  const result = await (await getDb()).collection('files').updateMany({ owner }, { $set: { folder } });
  return res.json({ moved: result.modifiedCount });
}
