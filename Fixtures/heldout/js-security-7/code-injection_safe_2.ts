// Apollo Server 4 resolvers for a report builder: computed columns from a fixed table.
import { GraphQLError } from 'graphql';
import type { ReportsAPI } from './datasources';

interface Ctx {
  dataSources: { reports: ReportsAPI };
  userId: string;
}

type Aggregate = (values: number[]) => number;

const AGGREGATES: Record<string, Aggregate> = {
  sum: (values) => values.reduce((a, b) => a + b, 0),
  max: (values) => Math.max(...values),
  min: (values) => Math.min(...values),
};

function isAggregate(name: string): name is keyof typeof AGGREGATES {
  return Object.prototype.hasOwnProperty.call(AGGREGATES, name);
}

export const resolvers = {
  Query: {
    async computedColumn(_: unknown, args: { reportId: string; column: string; aggregate: string }, ctx: Ctx) {
      const rows = await ctx.dataSources.reports.rows(args.reportId, ctx.userId);
      if (!isAggregate(args.aggregate) || !/^[a-z_]{1,32}$/.test(args.column)) {
        throw new GraphQLError('bad column', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const values = rows.map((row) => Number(row[args.column]) || 0);
      return AGGREGATES[args.aggregate](values);
    },
  },
  Mutation: {
    scheduleRefresh(_: unknown, args: { reportId: string }, ctx: Ctx) {
      const handle = setInterval(() => {
        ctx.dataSources.reports.refresh(args.reportId).catch(() => undefined);
      }, 60000);
      return { scheduled: true, id: String(handle) };
    },
  },
};
