import { createSchema } from 'graphql-yoga';
import yaml from 'js-yaml';
import { savePipeline } from './pipelines';

export const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Pipeline { id: ID!, steps: Int! }
    type Mutation { importPipeline(definition: String!): Pipeline! }
    type Query { ok: Boolean }
  `,
  resolvers: {
    Mutation: {
      importPipeline: async (_: unknown, args: { definition: string }) => {
        const parsed = yaml.load(args.definition, { schema: yaml.DEFAULT_FULL_SCHEMA }) as { steps: unknown[] }; // expect: unsafe-deserialization
        return savePipeline(parsed);
      },
    },
    Query: { ok: () => true },
  },
});
