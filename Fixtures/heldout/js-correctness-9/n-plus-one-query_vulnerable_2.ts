import { createPool, sql } from 'slonik';
import { z } from 'zod';

const Member = z.object({ id: z.number(), email: z.string(), plan: z.string() });
const Usage = z.object({ minutes: z.number() });

export async function overQuotaReport(databaseUrl: string, month: string) {
  const pool = await createPool(databaseUrl);
  const members = await pool.many(sql.type(Member)`SELECT id, email, plan FROM members WHERE active`);
  const rows = await Promise.all(
    members.map(async (member) => {
      const usage = await pool.one(sql.type(Usage)`SELECT COALESCE(SUM(minutes), 0)::int AS minutes FROM calls WHERE member_id = ${member.id} AND to_char(started_at, 'YYYY-MM') = ${month}`); // expect: n-plus-one-query
      return { email: member.email, plan: member.plan, minutes: usage.minutes };
    }),
  );
  await pool.end();
  return rows.filter((row) => row.minutes > (row.plan === 'basic' ? 600 : 3000));
}

export async function printReport(month: string) {
  const url = process.env.DATABASE_URL ?? 'postgres://localhost/telephony';
  const rows = await overQuotaReport(url, month);
  const lines = rows.map((row) => `${row.email.padEnd(32)} ${row.plan.padEnd(8)} ${row.minutes}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return rows.length;
}
