import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';

const Prefs = z.object({ theme: z.enum(['light', 'dark']).default('light') });

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const prefs = Prefs.parse(JSON.parse(req.cookies.prefs ?? '{}'));
  res.status(200).json({ theme: prefs.theme });
}
