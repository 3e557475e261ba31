import type { NextApiRequest, NextApiResponse } from 'next';
import * as nodeSerialize from 'node-serialize';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const prefs = nodeSerialize.unserialize(req.cookies.prefs ?? '{}'); // expect: unsafe-deserialization
  res.status(200).json({ theme: prefs.theme });
}
