import { createSchema } from 'graphql-yoga';
import yaml from 'js-yaml';
import { savePipeline } from './pipelines';

function asPipeline(value: unknown): { steps: unknown[] } {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { steps?: unknown }).steps)) {
    throw new Error('a pipeline needs a list of steps');
  }
  return value as { steps: unknown[] };
}

export const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Pipeline { id: ID!, steps: Int! }
    type Mutation { importPipeline(definition: String!): Pipeline! }
    type Query { ok: Boolean }
  `,
  resolvers: {
    Mutation: {
      importPipeline: async (_: unknown, args: { definition: string }) => {
        const parsed = yaml.load(args.definition, { schema: yaml.JSON_SCHEMA });
        return savePipeline(asPipeline(parsed));
      },
    },
    Query: { ok: () => true },
  },
});
