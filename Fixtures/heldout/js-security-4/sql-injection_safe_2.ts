// tRPC router for sales reports on pg-promise; values go through pg-promise's formatter.
import { initTRPC } from '@trpc/server';
import pgPromise from 'pg-promise';
import { z } from 'zod';

const pgp = pgPromise();
const db = pgp(process.env.REPORTS_DATABASE_URL as string);
const t = initTRPC.create();

const GROUPINGS = ['day', 'week', 'month'] as const;

export const reportsRouter = t.router({
  sales: t.procedure
    .input(
      z.object({
        region: z.string().max(8),
        from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
        groupBy: z.enum(GROUPINGS).default('day'),
      }),
    )
    .query(({ input }) =>
      db.any(
        'SELECT date_trunc(${groupBy}, sold_at) AS bucket, sum(amount) AS total FROM sales ' +
          'WHERE region = ${region} AND sold_at >= coalesce(${from}::date, now() - interval \'30 days\') ' +
          'GROUP BY 1 ORDER BY 1',
        { groupBy: input.groupBy, region: input.region, from: input.from ?? null },
      ),
    ),
  purgeBatch: t.procedure
    .input(z.object({ batch: z.string().uuid() }))
    .mutation(async ({ input }) => {
      await db.none('DELETE FROM $1:name WHERE batch = $2', ['sales_import', input.batch]);
      return { deleted: true };
    }),
});
