import type { NextApiRequest, NextApiResponse } from 'next';
import { getDb } from '@/lib/mongo';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const db = await getDb();
  const posts = db.collection('posts');

  if (req.method === 'PATCH') {
    const { owner, visibility } = req.body;
    const result = await posts.updateMany({ owner }, { $set: { visibility: String(visibility) } }); // expect: nosql-injection
    return res.json({ updated: result.modifiedCount });
  }

  const filter = req.query.filter ? JSON.parse(String(req.query.filter)) : {};
  const query = { ...filter, published: true };
  const docs = await posts.find(query).limit(50).toArray(); // expect: nosql-injection
  return res.json(docs.map((d) => ({ id: String(d._id), title: d.title })));
}
