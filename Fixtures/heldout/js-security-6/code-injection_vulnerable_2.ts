import type { IResolvers } from '@graphql-tools/utils';
import { Reports } from './datasources/reports';

interface Context {
  reports: Reports;
  userId: string;
}

function applyFormula(formula: string, values: Record<string, number>): number {
  const names = Object.keys(values);
  const assignments = names.map((n) => `const ${n} = ${values[n]};`).join('\n');
  return eval(`${assignments}\n${formula}`); // expect: code-injection
}

export const resolvers: IResolvers<unknown, Context> = {
  Query: {
    async metric(_parent, args: { reportId: string; formula: string }, ctx) {
      const report = await ctx.reports.load(args.reportId, ctx.userId);
      return { id: report.id, value: applyFormula(args.formula, report.totals) };
    },
  },
  Mutation: {
    async scheduleRefresh(_parent, args: { reportId: string; onDone: string }, ctx) {
      await ctx.reports.markPending(args.reportId);
      setTimeout(args.onDone, 1000); // expect: code-injection
      return true;
    },
  },
};
