import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';
import knex from 'knex';

const prisma = new PrismaClient();
const db = knex({ client: 'sqlite3', connection: { filename: './dev.db' } });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const email = req.query.email as string;
  const users = await prisma.$queryRawUnsafe(`SELECT id, name FROM "User" WHERE email = '${email}'`); // expect: sql-injection
  const column = req.body.column as string;
  const stats = await db.raw('SELECT ' + column + ' FROM stats'); // expect: sql-injection
  res.status(200).json({ users, stats });
}
