// RedwoodJS services: leaderboard and a nightly archive job over Prisma raw queries.
import { db } from 'src/lib/db';

interface LeaderboardArgs {
  region: string;
  orderBy: string;
}

class ArchiveStatements {
  constructor(private readonly table: string) {}

  olderThan(days: string): string {
    return (
      `DELETE FROM ${this.table} ` +
      `WHERE created_at < now() - interval '${days} days'`
    );
  }
}

export const leaderboard = async ({ region, orderBy }: LeaderboardArgs) => {
  return db.$queryRawUnsafe( // expect: sql-injection
    `SELECT player, score FROM scores WHERE region = '${region}' ORDER BY ${orderBy} DESC LIMIT 100`
  );
};

export const archiveJob = async (payload: { table: string; days: string }) => {
  const statements = new ArchiveStatements(payload.table);
  const removed = await db.$executeRawUnsafe(statements.olderThan(payload.days)); // expect: sql-injection
  return { removed };
};
