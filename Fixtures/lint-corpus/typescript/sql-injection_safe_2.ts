import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';
import knex from 'knex';

const prisma = new PrismaClient();
const db = knex({ client: 'sqlite3', connection: { filename: './dev.db' } });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const email = req.query.email as string;
  const users = await prisma.$queryRaw`SELECT id, name FROM "User" WHERE email = ${email}`;
  const byName = await prisma.user.findMany({ where: { name: { contains: String(req.query.name) } } });
  const stats = await db('stats').select('visits').where('page', req.body.page);
  const limited = await db.raw('SELECT * FROM stats WHERE page = ? LIMIT ?', [req.body.page, 10]);
  res.status(200).json({ users, byName, stats, limited });
}
