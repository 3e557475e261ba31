// Apollo Server 4 resolvers for a report builder: computed columns.
import { GraphQLError } from 'graphql';
import type { ReportsAPI } from './datasources';

interface Ctx {
  dataSources: { reports: ReportsAPI };
  userId: string;
}

class ColumnEvaluator {
  private readonly prelude: string[] = [];

  constructor(private readonly columns: Record<string, string>) {}

  valueFor(row: Record<string, number>): number {
    for (const [key, value] of Object.entries(row)) {
      this.prelude.push(`const ${key} = ${Number(value)};`);
    }
    const body = this.prelude.join('\n') + '\n' + this.columns.formula;
    return eval(body); // expect: code-injection
  }
}

export const resolvers = {
  Query: {
    async computedColumn(_: unknown, args: { reportId: string; formula: string }, ctx: Ctx) {
      const rows = await ctx.dataSources.reports.rows(args.reportId, ctx.userId);
      if (!rows.length) {
        throw new GraphQLError('empty report', { extensions: { code: 'NOT_FOUND' } });
      }
      const evaluator = new ColumnEvaluator({ formula: args.formula });
      return rows.map((row) => evaluator.valueFor(row));
    },
  },
  Mutation: {
    scheduleRefresh(_: unknown, args: { onRefresh: string }) {
      const handle = setInterval(args.onRefresh, 60000); // expect: code-injection
      return { scheduled: true, id: String(handle) };
    },
  },
};
