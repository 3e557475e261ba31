// RedwoodJS services: leaderboard and archive job with Prisma's tagged raw queries.
import { Prisma } from '@prisma/client';
import { db } from 'src/lib/db';

interface LeaderboardArgs {
  region: string;
  orderBy: string;
}

const ORDER_COLUMNS: Record<string, Prisma.Sql> = {
  score: Prisma.sql`score`,
  updated: Prisma.sql`updated_at`,
};

export const leaderboard = async ({ region, orderBy }: LeaderboardArgs) => {
  const column = ORDER_COLUMNS[orderBy] ?? ORDER_COLUMNS.score;
  return db.$queryRaw`SELECT player, score FROM scores WHERE region = ${region} ORDER BY ${column} DESC LIMIT 100`;
};

export const archiveJob = async (payload: { days: string }) => {
  const days = Number.parseInt(payload.days, 10);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new Error('days out of range');
  }
  const removed = await db.$executeRaw`DELETE FROM events WHERE created_at < now() - make_interval(days => ${days})`;
  return { removed };
};
