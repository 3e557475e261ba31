import { createPool, sql } from 'slonik';
import { z } from 'zod';

const MemberUsage = z.object({ email: z.string(), plan: z.string(), minutes: z.number() });

export async function overQuotaReport(databaseUrl: string, month: string) {
  const pool = await createPool(databaseUrl);
  const rows = await pool.any(sql.type(MemberUsage)`
    SELECT m.email, m.plan, COALESCE(SUM(c.minutes), 0)::int AS minutes
    FROM members m
    LEFT JOIN calls c ON c.member_id = m.id AND to_char(c.started_at, 'YYYY-MM') = ${month}
    WHERE m.active
    GROUP BY m.id, m.email, m.plan
  `);
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
