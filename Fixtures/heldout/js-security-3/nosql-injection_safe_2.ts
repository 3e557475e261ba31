import { ObjectId } from 'mongodb';
import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { getDb } from '@/lib/mongo';

const Patch = z.object({ owner: z.string().min(1), visibility: z.enum(['public', 'private', 'team']) });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const db = await getDb();
  const posts = db.collection('posts');

  if (req.method === 'PATCH') {
    const parsed = Patch.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: 'bad request' });
    const { owner, visibility } = parsed.data;
    const result = await posts.updateMany({ owner }, { $set: { visibility } });
    return res.json({ updated: result.modifiedCount });
  }

  const id = String(req.query.id ?? '');
  if (!ObjectId.isValid(id)) return res.status(404).end();
  const doc = await posts.findOne({ _id: new ObjectId(id), published: true });
  return doc ? res.json({ id, title: doc.title }) : res.status(404).end();
}
