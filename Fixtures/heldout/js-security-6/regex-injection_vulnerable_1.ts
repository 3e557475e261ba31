import { createSchema, createYoga } from 'graphql-yoga';
import { catalogue, type Product } from './catalogue';

function matcher(pattern: string, caseSensitive: boolean): RegExp {
  return new RegExp(pattern, caseSensitive ? '' : 'i'); // expect: regex-injection
}

export const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Product { sku: String!, title: String! }
    type Query {
      products(pattern: String!, caseSensitive: Boolean): [Product!]!
      highlight(sku: String!, term: String!): String
    }
  `,
  resolvers: {
    Query: {
      products: (_: unknown, args: { pattern: string; caseSensitive?: boolean }) => {
        const re = matcher(args.pattern, Boolean(args.caseSensitive));
        return catalogue.all().filter((p: Product) => re.test(p.title));
      },
      highlight: (_: unknown, args: { sku: string; term: string }) => {
        const product = catalogue.bySku(args.sku);
        if (!product) return null;
        return product.description.replace(RegExp(`(${args.term})`, 'gi'), '**$1**'); // expect: regex-injection
      },
    },
  },
});

export const yoga = createYoga({ schema });
