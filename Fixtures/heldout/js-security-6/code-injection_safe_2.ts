import type { IResolvers } from '@graphql-tools/utils';
import { Reports } from './datasources/reports';

interface Context {
  reports: Reports;
  userId: string;
}

type Aggregate = 'sum' | 'avg' | 'max';

const AGGREGATES: Record<Aggregate, (xs: number[]) => number> = {
  sum: (xs) => xs.reduce((a, b) => a + b, 0),
  avg: (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0),
  max: (xs) => Math.max(...xs),
};

function isAggregate(value: string): value is Aggregate {
  return Object.prototype.hasOwnProperty.call(AGGREGATES, value);
}

export const resolvers: IResolvers<unknown, Context> = {
  Query: {
    async metric(_parent, args: { reportId: string; aggregate: string }, ctx) {
      if (!isAggregate(args.aggregate)) {
        throw new Error('unsupported aggregate');
      }
      const report = await ctx.reports.load(args.reportId, ctx.userId);
      const values = Object.values(report.totals) as number[];
      return { id: report.id, value: AGGREGATES[args.aggregate](values) };
    },
  },
  Mutation: {
    async scheduleRefresh(_parent, args: { reportId: string }, ctx) {
      await ctx.reports.markPending(args.reportId);
      setTimeout(() => ctx.reports.refresh(args.reportId), 1000);
      return true;
    },
  },
};
